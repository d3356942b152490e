package io.quotetrail.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes one outlet's article about a story, and its gold at the same time: every quotation is
 * recorded exactly as it is printed, with the speaker and chain the text states.
 *
 * <p>Rules that keep the gold unambiguous for a careful reader:
 * <ul>
 *   <li>every sentence carrying a quotation names its speaker, or uses he/she only when the last
 *       person named was that speaker;</li>
 *   <li>every intermediary is named in the sentence of each quotation it relayed (an interview
 *       partner in the verb, "told Nordic Wire"; an agency in "according to ..."), except the wire
 *       of a wire-copy article, which the byline and dateline name for the whole article;</li>
 *   <li>the medium of each occasion is stated at its first mention in the article;</li>
 *   <li>reporters' prose never contains quotation marks except around programme names and scare
 *       words, which are listed as noise.</li>
 * </ul>
 */
final class ArticleComposer {

    record QuoteDraft(String text, String speaker, List<String> chain, String cluster, String fragmentOf,
                      Medium medium, boolean optional) {
    }

    record ArticleDraft(World.Source outlet, LocalDate publishedAt, String headline, String text,
                        List<QuoteDraft> quotes, List<String> noise, List<GoldEntity> entities,
                        List<List<String>> distinctPairs) {

        long occurrences() {
            return quotes.stream().filter(q -> !q.optional()).count();
        }
    }

    private enum Route { DIRECT, WIRE, STATE, STATE_VIA_WIRE }

    /** How one event reached this article, and therefore its chain. */
    private record Coverage(Route route, World.Source wire, World.Source stateAgency, World.Source interviewer,
                            List<String> chain) {
    }

    private enum Rendering { CANONICAL, REWORDED, TRUNCATED, REPUNCTUATED, FRAGMENT }

    /** One utterance as this article prints it. */
    private record Pick(Story.Event event, Utterance utterance, Rendering rendering, Utterance.Wording wording) {
    }

    /** check_gold.py expects articles of 1.5-6 KB; a little margin for the byline and the final newline. */
    private static final int MIN_BYTES = 1520;
    private static final int MAX_QUOTES = 8;

    private final World world;

    ArticleComposer(World world) {
        this.world = world;
    }

    ArticleDraft compose(Story story, World.Source outlet, LocalDate published, boolean lead, World.Source relay, Dice dice) {
        return new Writer(story, outlet, published, lead, relay, dice).write();
    }

    /** The state of one article being written. */
    private final class Writer {
        private final Story story;
        private final World.Source outlet;
        private final LocalDate published;
        private final boolean lead;
        private final World.Source relay;
        private final Dice dice;
        private final boolean curly;
        private final boolean honorifics;

        private final List<String> paragraphs = new ArrayList<>();
        private final List<QuoteDraft> quotes = new ArrayList<>();
        private final List<String> noise = new ArrayList<>();
        private final Map<String, GoldEntity> entities = new LinkedHashMap<>();
        private final Map<Story.Event, Coverage> coverage = new LinkedHashMap<>();
        private final Set<Speaker> introduced = new HashSet<>();
        private final Set<Story.Event> mediumStated = new HashSet<>();
        private final Set<Integer> proseUsed = new HashSet<>();
        /** Fragment clusters already quoted in the body: the same few words are not quoted twice. */
        private final Set<String> fragmentsUsed = new HashSet<>();
        private Speaker lastPerson;
        private int quoteCount;
        /** Programme names and scare words in quote marks: occasional, at most one or two an article. */
        private int noiseLeft;
        /** Quotations planned but not yet written, so that splitting one never pushes the article past eight. */
        private int remaining;

        Writer(Story story, World.Source outlet, LocalDate published, boolean lead, World.Source relay, Dice dice) {
            this.story = story;
            this.outlet = outlet;
            this.published = published;
            this.lead = lead;
            this.relay = relay;
            this.dice = dice;
            // House style belongs to the outlet, not to the article.
            int house = Math.floorMod(outlet.name().hashCode(), 4);
            this.curly = house % 2 == 0;
            this.honorifics = house == 1 || house == 2;
        }

        ArticleDraft write() {
            entities.put(outlet.name(), outlet.entity());
            noiseLeft = dice.chance(0.25) ? (dice.chance(0.2) ? 2 : 1) : 0;
            List<Pick> mainPicks = pickMain();
            List<Story.Event> reactions = pickReactions();
            topUp(mainPicks, reactions);
            remaining = mainPicks.size() + reactions.size();
            for (Story.Event e : allEvents(reactions)) {
                coverage.put(e, cover(e));
            }

            // Lead paragraph: who, what, when, how; sometimes with a few of the speaker's words in it.
            Story.Event main = story.main();
            Utterance opening = main.utterances().get(0);
            Pick openingPick = mainPicks.stream().filter(p -> p.utterance() == opening).findFirst().orElse(null);
            Utterance.Wording openingWording = openingPick != null ? openingPick.wording() : opening.canonical();
            int planned = planned(mainPicks, reactions);
            boolean leadFragment = planned < 2 || dice.chance(lead ? 0.35 : 0.45);
            List<Utterance.FragmentChoice> leadChoices = opening.fragments(openingWording);
            String headline = headline(opening, leadChoices);

            String dateline = dateline();
            Utterance.FragmentChoice leadChoice = leadFragment && !leadChoices.isEmpty() ? dice.pick(leadChoices) : null;
            paragraphs.add(dateline + leadSentence(opening, leadChoice));
            mediumStated.add(main);

            if (story.echo() != null && dice.chance(0.5) && main.speaker().isPerson()) {
                paragraphs.add(echoSentence());
            } else if (dice.chance(0.5)) {
                paragraphs.add(background(dice.between(1, 2), dice.chance(0.4)));
            }

            // The main speaker's quotations, one or two to a paragraph.
            for (int i = 0; i < mainPicks.size(); i++) {
                Pick pick = mainPicks.get(i);
                StringBuilder paragraph = new StringBuilder();
                if (i > 0 && dice.chance(0.2)) {
                    paragraph.append(paraphrase(main)).append(' ');
                }
                appendPick(paragraph, pick, false);
                if (i + 1 < mainPicks.size() && mainPicks.get(i + 1).rendering() != Rendering.FRAGMENT
                        && pick.rendering() != Rendering.FRAGMENT && dice.chance(0.35)) {
                    // A second quotation continuing the same paragraph needs no attribution of its own.
                    Pick next = mainPicks.get(++i);
                    remaining--;
                    paragraph.append(' ').append(open()).append(quote(next, render(next) + ".")).append(close());
                }
                paragraphs.add(paragraph.toString());
                if (i < mainPicks.size() - 1 && dice.chance(0.3)) {
                    paragraphs.add(background(dice.between(1, 2), false));
                }
            }

            // Reactions by other people.
            for (Story.Event reaction : reactions) {
                StringBuilder paragraph = new StringBuilder();
                if (dice.chance(0.4)) {
                    paragraph.append(bridgeSentence(reaction)).append(' ');
                }
                Utterance u = reaction.utterances().get(0);
                Pick pick = new Pick(reaction, u, Rendering.CANONICAL, lead ? u.canonical() : variant(u, dice.weighted(50, 30, 20)));
                appendPick(paragraph, pick, true);
                paragraphs.add(paragraph.toString());
            }

            paragraphs.add(background(dice.between(1, 3), false));
            while (bytes(headline) < MIN_BYTES && proseUsed.size() < Prose.TEMPLATES) {
                paragraphs.add(background(dice.between(2, 3), false));
            }
            while (noiseLeft > 0) {
                paragraphs.add(background(1, false));
            }
            if (relay != null) {
                paragraphs.add("(Reporting by the " + relay.name() + " " + story.main().speaker().country().capital()
                        + " bureau; editing by " + dice.pick(new String[] {"the world desk", "the Europe desk", "the night desk"}) + ")");
            } else if (dice.chance(0.3)) {
                paragraphs.add(noComment());
            }

            StringBuilder text = new StringBuilder(headline).append("\n\n");
            if (relay != null) {
                text.append("By ").append(relay.name()).append("\n\n");
            } else if (dice.chance(0.3)) {
                text.append("By our ").append(story.main().speaker().country().capital()).append(" correspondent\n\n");
            }
            text.append(String.join("\n\n", paragraphs)).append('\n');

            List<List<String>> pairs = lead && story.distinctPair() != null ? List.of(story.distinctPair()) : List.of();
            return new ArticleDraft(outlet, published, headline, typography(text.toString()), quotes.stream()
                    .map(q -> new QuoteDraft(typography(q.text()), q.speaker(), q.chain(), q.cluster(), q.fragmentOf(),
                            q.medium(), q.optional())).toList(),
                    noise.stream().map(this::typography).toList(), List.copyOf(entities.values()), pairs);
        }

        // -------------------------------------------------------------- what to print

        private List<Pick> pickMain() {
            List<Utterance> all = story.main().utterances();
            List<Pick> picks = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Utterance u = all.get(i);
                // The lead carries everything in full; others leave out some, but keep at least one.
                if (!lead && i > 0 && dice.chance(0.35)) {
                    continue;
                }
                picks.add(pick(story.main(), u));
            }
            return picks;
        }

        private Pick pick(Story.Event event, Utterance u) {
            if (lead) {
                return dice.chance(0.9) ? new Pick(event, u, Rendering.CANONICAL, u.canonical())
                        : orCanonical(event, u, Rendering.REPUNCTUATED, u.repunctuated(u.canonical(), dice));
            }
            Rendering r = Rendering.values()[dice.weighted(35, 28, 12, 12, 13)];
            Utterance.Wording base = dice.chance(0.3) ? u.reworded(u.canonical(), dice, dice.between(1, 3)) : null;
            if (base == null) {
                base = u.canonical();
            }
            return switch (r) {
                case CANONICAL -> new Pick(event, u, r, u.canonical());
                case REWORDED -> orCanonical(event, u, r, u.reworded(u.canonical(), dice, dice.between(1, 3)));
                case TRUNCATED -> orCanonical(event, u, r, u.truncated(base, dice));
                case REPUNCTUATED -> orCanonical(event, u, r, u.repunctuated(base, dice));
                case FRAGMENT -> u.fragments(base).isEmpty() ? new Pick(event, u, Rendering.CANONICAL, base)
                        : new Pick(event, u, r, base);
            };
        }

        private Pick orCanonical(Story.Event event, Utterance u, Rendering r, Utterance.Wording w) {
            return w == null ? new Pick(event, u, Rendering.CANONICAL, u.canonical()) : new Pick(event, u, r, w);
        }

        /** A wording chosen by kind: 0 as said, 1 reworded, 2 repunctuated. */
        private Utterance.Wording variant(Utterance u, int kind) {
            Utterance.Wording w = switch (kind) {
                case 1 -> u.reworded(u.canonical(), dice, dice.between(1, 2));
                case 2 -> u.repunctuated(u.canonical(), dice);
                default -> u.canonical();
            };
            return w == null ? u.canonical() : w;
        }

        private List<Story.Event> pickReactions() {
            List<Story.Event> result = new ArrayList<>();
            for (Story.Event r : story.reactions()) {
                if (lead || dice.chance(0.5)) {
                    result.add(r);
                }
            }
            return result;
        }

        private List<Story.Event> allEvents(List<Story.Event> reactions) {
            List<Story.Event> all = new ArrayList<>();
            all.add(story.main());
            all.addAll(reactions);
            return all;
        }

        private int planned(List<Pick> main, List<Story.Event> reactions) {
            return main.size() + reactions.size();
        }

        /** Every article carries at least two quotations: put back what was left out until it does. */
        private void topUp(List<Pick> main, List<Story.Event> reactions) {
            List<Utterance> all = story.main().utterances();
            for (int i = 0; i < all.size() && planned(main, reactions) < 2; i++) {
                Utterance u = all.get(i);
                if (main.stream().noneMatch(p -> p.utterance() == u)) {
                    int at = 0;
                    while (at < main.size() && all.indexOf(main.get(at).utterance()) < i) {
                        at++;
                    }
                    main.add(at, pick(story.main(), u));
                }
            }
            for (Story.Event r : story.reactions()) {
                if (planned(main, reactions) < 2 && !reactions.contains(r)) {
                    reactions.add(r);
                }
            }
        }

        // -------------------------------------------------------------- chains

        private Coverage cover(Story.Event event) {
            Speaker speaker = event.speaker();
            Story.Occasion occasion = event.occasion();
            Route route = Route.DIRECT;
            World.Source wire = null;
            World.Source state = null;
            World.Source interviewer = null;
            if (occasion.medium() == Medium.INTERVIEW) {
                if (!occasion.interviewer().name().equals(outlet.name())) {
                    interviewer = occasion.interviewer();
                }
            } else if (relay != null) {
                if (speaker.government() && event == story.main() && dice.chance(0.35)) {
                    route = Route.STATE;
                }
            } else if (event == story.main()) {
                int[] weights = lead ? new int[] {60, 20, 10, 10} : new int[] {45, 30, 12, 13};
                if (!speaker.government()) {
                    weights[2] = 0;
                    weights[3] = 0;
                }
                route = Route.values()[dice.weighted(weights)];
            } else if (dice.chance(0.3)) {
                route = Route.WIRE;
            }
            if (route == Route.WIRE || route == Route.STATE_VIA_WIRE) {
                do {
                    wire = dice.pick(world.agencies());
                } while (relay != null && wire.equals(relay));
            }
            if (route == Route.STATE || route == Route.STATE_VIA_WIRE) {
                state = world.stateAgency(speaker.country());
            }
            List<String> chain = new ArrayList<>();
            chain.add(speaker.name());
            entities.putIfAbsent(speaker.name(), speaker.entity());
            for (World.Source hop : new World.Source[] {interviewer, state, wire, relay}) {
                if (hop != null && !chain.contains(hop.name())) {
                    chain.add(hop.name());
                    entities.putIfAbsent(hop.name(), hop.entity());
                }
            }
            String platform = occasion.medium().platform();
            if (platform != null) {
                World.Source p = World.platform(platform);
                entities.putIfAbsent(p.name(), p.entity());
            }
            return new Coverage(route, wire, state, interviewer, List.copyOf(chain));
        }

        /** ", Nordic Wire reported": the hops this sentence must name (interview partners are named by the verb). */
        private String chainSuffix(Coverage c) {
            return switch (c.route()) {
                case DIRECT -> "";
                case WIRE -> dice.chance(0.5) ? ", according to " + c.wire().name() : ", " + c.wire().name() + " reported";
                case STATE -> switch (dice.below(3)) {
                    case 0 -> ", according to the state news agency " + c.stateAgency().name();
                    case 1 -> ", the state news agency " + c.stateAgency().name() + " reported";
                    default -> ", the " + c.stateAgency().aliases().get(1) + " reported";
                };
                case STATE_VIA_WIRE -> dice.chance(0.5)
                        ? ", " + c.wire().name() + " reported, citing the state news agency " + c.stateAgency().name()
                        : ", according to the state news agency " + c.stateAgency().name() + ", as quoted by " + c.wire().name();
            };
        }

        /** "According to Nordic Wire, ": the same, before the speaker; null when it cannot be said that way. */
        private String chainPrefix(Coverage c) {
            return switch (c.route()) {
                case DIRECT -> "";
                case WIRE -> "According to " + c.wire().name() + ", ";
                case STATE -> "According to the state news agency " + c.stateAgency().name() + ", ";
                case STATE_VIA_WIRE -> null;
            };
        }

        // -------------------------------------------------------------- quotations

        private void appendPick(StringBuilder paragraph, Pick pick, boolean allowAppositive) {
            Story.Event event = pick.event();
            Coverage c = coverage.get(event);
            if (pick.rendering() == Rendering.FRAGMENT && !unusedFragments(pick).isEmpty()) {
                appendFragment(paragraph, pick, c);
                return;
            }
            Utterance u = pick.utterance();
            String body = render(pick);
            remaining--;
            boolean first = !mediumStated.contains(event);
            String[] verb = verb(event, c, first);
            mediumStated.add(event);
            String suffix = chainSuffix(c);
            String prefix = chainPrefix(c);
            boolean inverted = verb[0].equals("said") || verb[0].equals("added") || verb[0].equals("wrote");
            List<String> halves = suffix.isEmpty() && quoteCount + 2 + remaining <= MAX_QUOTES
                    ? u.split(pick.wording(), dice) : null;
            boolean according = suffix.isEmpty() && !first && c.interviewer() == null;
            boolean mustSplit = halves != null && quoteCount + 1 + remaining < 2;
            int construction = mustSplit ? 4 : dice.weighted(40, inverted ? 15 : 0, prefix != null ? 20 : 0,
                    according ? 8 : 0, halves != null ? 14 : 0);
            switch (construction) {
                case 0 -> { // "Quote," Name said.
                    paragraph.append(open()).append(quote(pick, body + ",")).append(close()).append(' ')
                            .append(subject(event.speaker(), true)).append(' ').append(join(verb)).append(suffix).append('.');
                }
                case 1 -> { // "Quote," said Name, the role.
                    paragraph.append(open()).append(quote(pick, body + ",")).append(close()).append(' ')
                            .append(verb[0]).append(' ').append(namedAfterVerb(event.speaker(), allowAppositive));
                    if (!verb[1].isEmpty()) {
                        paragraph.append(' ').append(verb[1]);
                    }
                    paragraph.append(suffix).append('.');
                }
                case 2 -> { // Name said: "Quote."
                    String subject = subject(event.speaker(), true);
                    paragraph.append(Utterance.capitalise(prefix + subject)).append(' ').append(join(verb)).append(": ")
                            .append(open()).append(quote(pick, body + ".")).append(close());
                }
                case 3 -> { // According to Name, "Quote."
                    paragraph.append("According to ").append(object(event.speaker())).append(", ")
                            .append(open()).append(quote(pick, body + ".")).append(close());
                }
                default -> { // "First half," she said, "second half."
                    boolean newSentence = Character.isUpperCase(halves.get(1).charAt(0));
                    paragraph.append(open()).append(quote(pick, halves.get(0) + ",")).append(close()).append(' ')
                            .append(subject(event.speaker(), true)).append(' ').append(join(verb))
                            .append(newSentence ? ". " : ", ")
                            .append(open()).append(quote(pick, halves.get(1) + ".")).append(close());
                }
            }
        }

        /** A few words of the utterance inside a reporter's sentence. */
        private void appendFragment(StringBuilder paragraph, Pick pick, Coverage c) {
            Story.Event event = pick.event();
            remaining--;
            Utterance.FragmentChoice f = dice.pick(unusedFragments(pick));
            boolean first = !mediumStated.contains(event);
            mediumStated.add(event);
            String aside = first ? ", " + mediumAside(event) + "," : "";
            String subject = subject(event.speaker(), true) + aside;
            String noun = story.topic().noun();
            String quoted = open() + fragmentQuote(pick.event(), pick.utterance(), f) + close();
            String sentence = switch (f.role()) {
                case EVALUATION -> dice.chance(0.5) ? subject + " described the " + noun + " as " + quoted
                        : subject + " called the " + noun + " " + quoted;
                case PREDICATE -> subject + (dice.chance(0.5) ? " warned that the " : " said the ") + noun + " " + quoted;
                case ACTION -> subject + " " + dice.pick(new String[] {"promised", "vowed", "pledged"}) + " to " + quoted;
                default -> subject + " " + dice.pick(new String[] {"spoke of", "pointed to"}) + " " + quoted;
            };
            paragraph.append(Utterance.capitalise(sentence)).append(chainSuffix(c)).append('.');
        }

        private List<Utterance.FragmentChoice> unusedFragments(Pick pick) {
            Utterance u = pick.utterance();
            return u.fragments(pick.wording()).stream()
                    .filter(f -> !fragmentsUsed.contains(u.fragmentCluster(f.phrase()))).toList();
        }

        private String fragmentQuote(Story.Event event, Utterance u, Utterance.FragmentChoice f) {
            fragmentsUsed.add(u.fragmentCluster(f.phrase()));
            return record(event, f.text(), u.fragmentCluster(f.phrase()), u.cluster(), false);
        }

        private String quote(Pick pick, String text) {
            return record(pick.event(), text, pick.utterance().cluster(), null, false);
        }

        private String record(Story.Event event, String text, String cluster, String fragmentOf, boolean optional) {
            Coverage c = coverage.get(event);
            quotes.add(new QuoteDraft(text, event.speaker().name(), c.chain(), cluster, fragmentOf,
                    event.occasion().medium(), optional));
            if (!optional) {
                quoteCount++;
            }
            return text;
        }

        private String render(Pick pick) {
            return pick.utterance().render(pick.wording());
        }

        // -------------------------------------------------------------- naming people

        /** The speaker as the subject of a sentence: full title at first mention, then surname or he/she. */
        private String subject(Speaker s, boolean pronounAllowed) {
            if (!s.isPerson()) {
                introduced.add(s);
                return dice.pick(s.institutionMentions());
            }
            if (introduced.add(s)) {
                lastPerson = s;
                // "Chief Executive X" alone would not say of what: business people are introduced with their company.
                return dice.chance(0.7) || s.business() ? s.fullTitled() : s.titled();
            }
            if (pronounAllowed && s.equals(lastPerson) && dice.chance(0.45)) {
                return s.pronoun();
            }
            lastPerson = s;
            return shortName(s);
        }

        private String object(Speaker s) {
            if (s.isPerson() && s.equals(lastPerson) && introduced.contains(s) && dice.chance(0.4)) {
                return s.female() ? "her" : "him";
            }
            return subject(s, false);
        }

        /** After "said": "Aldo Ferrante, Velmoria's finance minister," at first mention, else the short name. */
        private String namedAfterVerb(Speaker s, boolean appositive) {
            if (s.isPerson() && !introduced.contains(s) && (appositive || dice.chance(0.5))) {
                introduced.add(s);
                lastPerson = s;
                return s.name() + ", " + s.appositive() + ",";
            }
            String name = subject(s, false);
            return name;
        }

        private String shortName(Speaker s) {
            return honorifics ? s.honorific() : s.surname();
        }

        // -------------------------------------------------------------- occasions

        /** Verb and the rest of the verb phrase: ["told", "a press conference in Velma"]. */
        private String[] verb(Story.Event event, Coverage c, boolean first) {
            Story.Occasion o = event.occasion();
            Speaker s = event.speaker();
            if (c.interviewer() != null) {
                // The interview partner is an intermediary: every sentence names it.
                return first ? (dice.chance(0.5) ? new String[] {"told", c.interviewer().name() + " in an interview"}
                        : new String[] {"said", "in an interview with " + c.interviewer().name()})
                        : new String[] {"told", c.interviewer().name()};
            }
            if (!first) {
                return switch (o.medium()) {
                    case LETTER, X_POST, TELEGRAM_POST -> new String[] {dice.chance(0.6) ? "wrote" : "added", ""};
                    default -> new String[] {dice.pick(new String[] {"said", "added", "warned", "insisted", "stressed"}), ""};
                };
            }
            return switch (o.medium()) {
                case PRESS_CONFERENCE -> switch (dice.below(3)) {
                    case 0 -> new String[] {"said", "at a press conference in " + o.place()};
                    case 1 -> new String[] {"told", "a press conference in " + o.place()};
                    default -> new String[] {"told", "a news conference in " + o.place()};
                };
                case STATEMENT -> new String[] {"said", dice.chance(0.7) ? "in a statement" : "in a written statement"};
                case LETTER -> new String[] {dice.chance(0.5) ? "wrote" : "said", "in a letter to " + o.place()};
                case INTERVIEW -> new String[] {"said", "in an interview with " + o.interviewer().name()};
                case SPEECH -> dice.chance(0.6) ? new String[] {"said", "in a speech to " + o.place()}
                        : new String[] {"told", o.place() + " in a speech"};
                case X_POST -> dice.chance(0.5) ? new String[] {"wrote", "on X"} : new String[] {"said", "in a post on X"};
                case TELEGRAM_POST -> switch (dice.below(3)) {
                    case 0 -> new String[] {"wrote", "on Telegram"};
                    case 1 -> new String[] {"wrote", "on " + (s.isPerson() ? s.possessivePronoun() : "its") + " Telegram channel"};
                    default -> new String[] {"said", "in a Telegram post"};
                };
            };
        }

        /** The occasion as an adverbial: "speaking at a press conference in Velma", "in a statement". */
        private String mediumAside(Story.Event event) {
            Story.Occasion o = event.occasion();
            return switch (o.medium()) {
                case PRESS_CONFERENCE -> "speaking at a press conference in " + o.place();
                case STATEMENT -> "in a statement";
                case LETTER -> "in a letter to " + o.place();
                case INTERVIEW -> "in an interview with " + o.interviewer().name();
                case SPEECH -> "in a speech to " + o.place();
                case X_POST -> "in a post on X";
                case TELEGRAM_POST -> "in a post on Telegram";
            };
        }

        // -------------------------------------------------------------- fixed parts

        private String headline(Utterance opening, List<Utterance.FragmentChoice> choices) {
            Story.Event main = story.main();
            Speaker s = main.speaker();
            String who = s.isPerson() && dice.chance(0.6) ? s.surname() : s.headlineRole();
            List<Utterance.FragmentChoice> quotable = choices.stream()
                    .filter(f -> (f.role() == Phrase.Role.EVALUATION || f.role() == Phrase.Role.ACTION)
                            && !f.text().contains("'"))
                    .toList();
            String topic = story.topic().headline();
            if (!quotable.isEmpty() && dice.chance(0.3)) {
                Utterance.FragmentChoice f = dice.pick(quotable);
                // Headline quotes are optional in the gold: neither rewarded nor penalised.
                String quoted = (curly ? "‘" : "'")
                        + record(main, f.text(), opening.fragmentCluster(f.phrase()), opening.cluster(), true)
                        + (curly ? "’" : "'");
                return Utterance.capitalise(f.role() == Phrase.Role.EVALUATION
                        ? who + " calls " + topic + " " + quoted
                        : who + " vows to " + quoted);
            }
            String verb = main.positive() ? dice.pick(new String[] {"welcomes", "backs", "praises"})
                    : main.refusal() ? dice.pick(new String[] {"rejects", "rules out", "says no to"})
                    : dice.pick(new String[] {"criticises", "slams", "condemns", "attacks"});
            return Utterance.capitalise(who + " " + verb + " " + topic);
        }

        private String dateline() {
            String city = story.main().occasion().medium() == Medium.PRESS_CONFERENCE
                    ? story.main().occasion().place() : story.main().speaker().country().capital();
            if (relay != null) {
                return city.toUpperCase(Locale.ROOT) + ", " + monthDay(published) + " (" + relay.name() + ") – ";
            }
            return dice.chance(0.5) ? city.toUpperCase(Locale.ROOT) + " – " : "";
        }

        private String leadSentence(Utterance opening, Utterance.FragmentChoice fragment) {
            Story.Event main = story.main();
            Speaker s = main.speaker();
            Coverage c = coverage.get(main);
            String who = subject(s, false);
            String day = "on " + weekday(main.occasion().date());
            String how = mediumAside(main);
            if (how.startsWith("speaking ")) {
                how = how.substring("speaking ".length());
            }
            String topic = story.topic().canonical();
            String sentence;
            if (fragment == null) {
                String gist = main.positive() ? dice.pick(new String[] {"welcomed", "praised", "backed"})
                        : main.refusal() ? "rejected" : dice.pick(new String[] {"criticised", "condemned", "attacked"});
                if (c.route() == Route.STATE_VIA_WIRE && dice.chance(0.5)) {
                    // "Citing X, Y reported": both hops named before the speaker.
                    return "Citing the state news agency " + c.stateAgency().name() + ", " + c.wire().name()
                            + " reported that " + who + " had " + gist + " " + topic + " " + day + " " + how + ".";
                }
                sentence = who + " " + gist + " " + topic + " " + day + " " + how;
            } else {
                String quoted = open() + fragmentQuote(main, opening, fragment) + close();
                sentence = switch (fragment.role()) {
                    case EVALUATION -> who + " " + day + " described " + topic + " as " + quoted + " " + how;
                    case PREDICATE -> who + " warned " + how + " " + day + " that " + topic + " " + quoted;
                    case ACTION -> who + " " + dice.pick(new String[] {"promised", "vowed", "pledged"}) + " " + how + " " + day + " to " + quoted;
                    default -> who + " spoke of " + quoted + " " + how + " " + day;
                };
            }
            return Utterance.capitalise(sentence) + chainSuffix(c) + ".";
        }

        private String echoSentence() {
            Story.Occasion echo = story.echo();
            Speaker s = story.main().speaker();
            lastPerson = s;
            String how = switch (echo.medium()) {
                case PRESS_CONFERENCE -> "at a press conference";
                case STATEMENT -> "in a statement";
                case LETTER -> "in a letter";
                case INTERVIEW -> "in an interview";
                case SPEECH -> "in a speech";
                case X_POST -> "in a post on X";
                case TELEGRAM_POST -> "in a post on Telegram";
            };
            // Tells the careful reader that the words below are new, not the earlier ones reprinted.
            return shortName(s) + " made similar remarks " + how + " in "
                    + echo.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
        }

        private String bridgeSentence(Story.Event reaction) {
            String noun = story.topic().noun();
            return dice.pick(new String[] {
                "The " + noun + " drew a swift response.",
                "Reaction in " + reaction.speaker().country().capital() + " was immediate.",
                "Not everyone agreed.",
                "The " + noun + " has divided opinion."});
        }

        private String noComment() {
            String owner = story.topic().owner();
            String who = owner.startsWith("the ") ? Utterance.capitalise(owner)
                    : world.companies().contains(owner) ? owner : "Officials in " + owner;
            return who + " did not immediately respond to a request for comment.";
        }

        /** Reporters' prose: figures and context, no quotations; sometimes a programme name in quote marks (noise). */
        private String background(int sentences, boolean profile) {
            List<String> out = new ArrayList<>();
            if (profile && story.main().speaker().isPerson()) {
                out.add(profileSentence());
            }
            for (int i = 0; i < sentences; i++) {
                if (noiseLeft > 0 && dice.chance(0.5)) {
                    noiseLeft--;
                    out.add(noiseSentence());
                    continue;
                }
                String sentence = Prose.sentence(dice, story, world, proseUsed);
                if (sentence != null) {
                    out.add(sentence);
                }
            }
            if (out.isEmpty()) {
                noiseLeft = Math.max(0, noiseLeft - 1);
                out.add(noiseSentence());
            }
            return String.join(" ", out);
        }

        /** Who the main speaker is; names the speaker, so a following he/she still points to them. */
        private String profileSentence() {
            Speaker s = story.main().speaker();
            lastPerson = s;
            int year = story.date().getYear() - dice.between(1, 9);
            return switch (dice.below(3)) {
                case 0 -> shortName(s) + " has held the post since " + year + ".";
                case 1 -> shortName(s) + ", who took office in " + year + ", has clashed repeatedly with "
                        + Prose.owner(story.topic(), world) + " in recent months.";
                default -> shortName(s) + " has been a prominent voice in the debate since " + year + ".";
            };
        }

        /** The speaker's point in the reporter's words: no quotation marks, so not a quotation. */
        private String paraphrase(Story.Event event) {
            String who = Utterance.capitalise(subject(event.speaker(), true));
            String noun = story.topic().noun();
            return who + " " + (event.positive()
                    ? dice.pick(new String[] {"said the " + noun + " would bring relief to many families.",
                        "argued that the " + noun + " was overdue.", "said there was broad support for the " + noun + "."})
                    : dice.pick(new String[] {"said the " + noun + " would hurt the most vulnerable.",
                        "argued that the " + noun + " had been prepared without consultation.",
                        "said the " + noun + " would have to be revised."}));
        }

        private String noiseSentence() {
            if (dice.chance(0.5)) {
                String name = dice.pick(Lexicon.NOISE_NAMES);
                noise.add(name);
                return dice.pick(new String[] {
                    "The measures form part of a wider programme known as " + open() + name + close() + ".",
                    "An internal review, codenamed " + open() + name + close() + ", is due to be published in "
                            + dice.pick(Lexicon.MONTHS) + ".",
                    "Talks are being held under a framework known as " + open() + name + close() + "."});
            }
            String word = dice.pick(Lexicon.NOISE_WORDS);
            noise.add(word);
            return "The dispute follows last year's so-called " + open() + word + close() + ", which expired in "
                    + dice.pick(Lexicon.MONTHS) + ".";
        }

        // -------------------------------------------------------------- typography

        private String open() {
            return curly ? "“" : "\"";
        }

        private String close() {
            return curly ? "”" : "\"";
        }

        private String typography(String s) {
            return curly ? s.replace('\'', '’') : s;
        }

        /** Size of the article as written so far (the byline, if any, is not counted: a safe underestimate). */
        private int bytes(String headline) {
            int n = headline.getBytes(StandardCharsets.UTF_8).length + 2;
            for (String p : paragraphs) {
                n += p.getBytes(StandardCharsets.UTF_8).length + 2;
            }
            return n;
        }

        private String join(String[] verb) {
            return verb[1].isEmpty() ? verb[0] : verb[0] + " " + verb[1];
        }
    }

    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }
}
