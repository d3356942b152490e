package io.quotetrail.benchmarks.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded, reproducible stream of invented English news articles with gold quotation annotations
 * in the scorer's format (shared/eval/README.md).
 *
 * <p>The world is a timeline of stories. In each, someone says one to four things on one occasion
 * (a press conference, a statement, a letter, an interview, a speech, a post on X or Telegram),
 * others may react, and one to six outlets report it within three days: directly, through a news
 * agency, through a state news agency, or both; in full, reworded, truncated, repunctuated, split
 * by the attribution, or as a few words inside a reporter's sentence. Now and then a speaker says
 * nearly the same thing months later on another occasion: a look-alike the gold keeps apart.
 *
 * <p>Articles are produced lazily in publication order and nothing grows with the corpus but
 * counters, so a benchmark can stream any number of them. Same seed and options, same bytes.
 *
 * <pre>
 * java -cp benchmarks/target/classes io.quotetrail.benchmarks.corpus.CorpusGenerator \
 *      --seed 42 --occurrences 2000 --out DIR [--jsonl FILE] [--start 2025-01-06] [--stories-per-day N]
 * </pre>
 */
public final class CorpusGenerator implements Iterable<GeneratedArticle> {

    /**
     * @param targetOccurrences stop after the article that brings the count of (non-optional) quotation
     *                          occurrences to at least this many; {@link Long#MAX_VALUE} for no end
     * @param startDate         date of the first story
     * @param storiesPerDay     stories per day, 0 for one that spreads the corpus over about a year and a half
     * @param idPrefix          article id prefix, null for "g" + seed
     */
    public record Options(long targetOccurrences, LocalDate startDate, int storiesPerDay, String idPrefix) {

        public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 6);

        /** Stop once at least {@code target} occurrences were generated. */
        public static Options occurrences(long target) {
            return new Options(target, DEFAULT_START, 0, null);
        }

        /** A corpus without end, about a hundred stories a day: for loaders that stop on their own. */
        public static Options defaults() {
            return occurrences(Long.MAX_VALUE);
        }
    }

    /** Look-alikes repeat something said at least this long ago ("months later"). */
    private static final int LOOK_ALIKE_MIN_DAYS = 45;
    private static final int ARCHIVE_DAYS = 240;
    private static final int ARCHIVED_PER_DAY = 3;
    /** People are drawn mostly from the most recently introduced ones, so speakers recur. */
    private static final int ACTIVE_PEOPLE = 400;
    private static final int INITIAL_PEOPLE = 300;
    private static final int UNBOUNDED_STORIES_PER_DAY = 100;

    private final long seed;
    private final Options options;

    public CorpusGenerator(long seed, Options options) {
        this.seed = seed;
        this.options = options;
    }

    /** A fresh pass over the corpus from its beginning. */
    @Override
    public Articles iterator() {
        return new Articles();
    }

    /** The same as {@link #stream()}. */
    public Stream<GeneratedArticle> articles() {
        return stream();
    }

    public Stream<GeneratedArticle> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The corpus as an iterator; also reports how much it holds, for tests of bounded memory. */
    public final class Articles implements Iterator<GeneratedArticle> {

        private record Pending(ArticleComposer.ArticleDraft draft, long sequence) {
        }

        /** An opening utterance kept for a possible look-alike months later. */
        private record Archived(LocalDate date, Speaker speaker, Utterance utterance, Topic topic,
                                Story.Occasion occasion, boolean positive, boolean refusal) {
        }

        private final World world = new World(seed);
        private final UtteranceGrammar grammar = new UtteranceGrammar(world);
        private final ArticleComposer composer = new ArticleComposer(world);
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                Comparator.comparing((Pending p) -> p.draft().publishedAt()).thenComparingLong(Pending::sequence));
        private final Deque<Archived> archive = new ArrayDeque<>();
        private final int storiesPerDay;
        private final String idPrefix;

        private LocalDate today = options.startDate();
        private int storiesToday;
        private int storyNumber;
        private long sequence;
        private long articleNumber;
        private long occurrences;
        private int peopleIntroduced;
        private GeneratedArticle next;

        private Articles() {
            long target = options.targetOccurrences();
            // About 14 occurrences per story: spread the corpus over roughly 540 days.
            this.storiesPerDay = options.storiesPerDay() > 0 ? options.storiesPerDay()
                    : target == Long.MAX_VALUE ? UNBOUNDED_STORIES_PER_DAY
                    : (int) Math.max(1, Math.min(1_000, Math.round(target / (14.0 * 540))));
            this.idPrefix = options.idPrefix() != null ? options.idPrefix() : "g" + seed;
            this.peopleIntroduced = Math.min(INITIAL_PEOPLE, world.personCapacity());
        }

        @Override
        public boolean hasNext() {
            if (next == null && occurrences < options.targetOccurrences()) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public GeneratedArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            GeneratedArticle article = next;
            next = null;
            return article;
        }

        /** Articles generated but not yet handed out (bounded by a few days of stories). */
        public int buffered() {
            return pending.size();
        }

        /** Utterances remembered for look-alikes (bounded by {@value #ARCHIVE_DAYS} days). */
        public int archived() {
            return archive.size();
        }

        /** Quotation occurrences handed out so far. */
        public long occurrences() {
            return occurrences;
        }

        private GeneratedArticle advance() {
            while (true) {
                Pending head = pending.peek();
                // Every article still to be generated is published today or later, after this one.
                if (head != null && !head.draft().publishedAt().isAfter(today)) {
                    pending.poll();
                    return emit(head.draft());
                }
                generateStory();
            }
        }

        private GeneratedArticle emit(ArticleComposer.ArticleDraft draft) {
            articleNumber++;
            String id = String.format(Locale.ROOT, "%s-%06d", idPrefix, articleNumber);
            List<GoldQuote> quotes = new ArrayList<>();
            int n = 0;
            for (ArticleComposer.QuoteDraft q : draft.quotes()) {
                quotes.add(new GoldQuote(id + "-q" + (++n), q.text(), q.speaker(), q.chain(), q.cluster(),
                        q.fragmentOf(), q.medium(), q.optional()));
            }
            LocalDate d = draft.publishedAt();
            String url = String.format(Locale.ROOT, "https://%s/%s/%04d/%02d/%02d/%s-%d", draft.outlet().domain(),
                    SECTIONS[(int) (articleNumber % SECTIONS.length)], d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    slug(draft.headline()), articleNumber);
            GeneratedArticle article = new GeneratedArticle(id, draft.outlet().name(), url, d.toString(), "en",
                    draft.text(), quotes, draft.noise(), draft.entities(), draft.distinctPairs());
            occurrences += article.occurrences();
            return article;
        }

        // ------------------------------------------------------------------ stories

        private void generateStory() {
            if (storiesToday == storiesPerDay) {
                today = today.plusDays(1);
                storiesToday = 0;
            }
            storiesToday++;
            storyNumber++;
            Dice dice = new Dice(Dice.mix(seed, storyNumber));
            Story story = story(dice);
            List<World.Source> outlets = story.outlets();
            for (int i = 0; i < outlets.size(); i++) {
                boolean lead = i == 0;
                LocalDate published = lead ? story.date() : story.date().plusDays(dice.weighted(35, 35, 20, 10));
                World.Source relay = lead ? story.leadRelay() : dice.chance(0.3) ? dice.pick(world.agencies()) : null;
                ArticleComposer.ArticleDraft draft = composer.compose(story, outlets.get(i), published, lead, relay, dice.fork());
                pending.add(new Pending(draft, sequence++));
            }
        }

        private Story story(Dice dice) {
            LocalDate date = today;
            int n = storyNumber;
            List<World.Source> outlets = outlets(dice);
            World.Source leadRelay = dice.chance(0.15) ? dice.pick(world.agencies()) : null;

            Archived old = dice.chance(0.08) ? lookAlikeCandidate(dice, date) : null;
            Speaker speaker;
            Topic topic;
            boolean positive;
            boolean refusal;
            Utterance opening;
            Medium medium;
            if (old != null) {
                speaker = old.speaker();
                positive = old.positive();
                refusal = old.refusal();
                topic = dice.chance(0.6) && old.utterance().topicClause() >= 0
                        ? old.topic().withOwner(grammar.otherOwner(dice, old.topic(), speaker)) : old.topic();
                opening = grammar.lookAlike(dice, speaker, old.utterance(), topic == old.topic() ? null : topic,
                        cluster(speaker, n, "1"));
                do {
                    medium = medium(dice, speaker);
                } while (medium == old.occasion().medium());
            } else {
                speaker = dice.chance(0.2) ? (dice.chance(0.5) ? world.ministry(dice) : world.company(dice)) : person(dice, null);
                topic = grammar.topic(dice, speaker);
                positive = dice.chance(0.2);
                opening = grammar.opening(dice, speaker, topic, positive, cluster(speaker, n, "1"));
                refusal = !positive && opening.topicClause() == 0 && opening.topicPhrase() == 2;
                medium = medium(dice, speaker);
            }
            Story.Occasion occasion = occasion(dice, speaker, medium, date, outlets, leadRelay);

            List<Utterance> utterances = new ArrayList<>();
            utterances.add(opening);
            int count = 1 + dice.weighted(5, 30, 35, 30);
            for (int k = 2; k <= count; k++) {
                utterances.add(grammar.statement(dice, speaker, cluster(speaker, n, String.valueOf(k))));
            }
            Story.Event main = new Story.Event(speaker, occasion, List.copyOf(utterances), positive, refusal);

            List<Story.Event> reactions = new ArrayList<>();
            int reactionCount = dice.weighted(25, 45, 30);
            if (count + reactionCount < 2) {
                reactionCount = 1;
            }
            List<Speaker> taken = new ArrayList<>(List.of(speaker));
            for (int r = 1; r <= reactionCount; r++) {
                Speaker reactor = person(dice, taken);
                taken.add(reactor);
                Medium m = Medium.values()[dice.weighted(10, 35, 0, 20, 0, 25, 10)];
                boolean pos = dice.chance(positive ? 0.3 : 0.4);
                Utterance u = grammar.reaction(dice, reactor, topic, pos, cluster(reactor, n, "r" + r));
                reactions.add(new Story.Event(reactor, occasion(dice, reactor, m, date, outlets, leadRelay),
                        List.of(u), pos, false));
            }

            List<String> pair = old != null ? List.of(old.utterance().cluster(), opening.cluster()) : null;
            archive(date, new Archived(date, speaker, opening, topic, occasion, positive, refusal));
            return new Story(n, date, topic, main, List.copyOf(reactions), outlets, leadRelay, pair,
                    old != null ? old.occasion() : null);
        }

        /** "ferrante-118-2": the speaker, the story, the utterance. */
        private String cluster(Speaker speaker, int story, String utterance) {
            return speaker.slug() + "-" + story + "-" + utterance;
        }

        private List<World.Source> outlets(Dice dice) {
            int count = 1 + dice.weighted(8, 20, 25, 20, 15, 12);
            List<World.Source> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                World.Source o = dice.pick(world.outlets());
                if (!chosen.contains(o)) {
                    chosen.add(o);
                }
            }
            return List.copyOf(chosen);
        }

        /** A person: usually one of the recently active, sometimes someone new. */
        private Speaker person(Dice dice, List<Speaker> exclude) {
            while (true) {
                int index;
                if (peopleIntroduced < world.personCapacity() && dice.chance(0.25)) {
                    index = peopleIntroduced++;
                } else {
                    int window = Math.min(peopleIntroduced, ACTIVE_PEOPLE);
                    index = peopleIntroduced - 1 - dice.below(window);
                }
                Speaker p = world.person(index);
                if (exclude == null || !exclude.contains(p)) {
                    return p;
                }
            }
        }

        private Medium medium(Dice dice, Speaker speaker) {
            if (speaker.isPerson()) {
                return Medium.values()[dice.weighted(22, 18, 10, 18, 14, 10, 8)];
            }
            return Medium.values()[dice.weighted(0, 60, 10, 0, 0, 20, 10)];
        }

        private Story.Occasion occasion(Dice dice, Speaker speaker, Medium medium, LocalDate date,
                                        List<World.Source> storyOutlets, World.Source leadRelay) {
            World.Country country = speaker.country();
            return switch (medium) {
                case PRESS_CONFERENCE -> new Story.Occasion(medium, date,
                        dice.chance(0.8) ? country.capital() : dice.pick(World.COUNTRIES).capital(), null);
                case LETTER -> new Story.Occasion(medium, date, dice.pick(speaker.business() ? Lexicon.LETTER_RECIPIENT_BUSINESS
                        : speaker.government() ? Lexicon.LETTER_RECIPIENT_GOVERNMENT : Lexicon.LETTER_RECIPIENT_OTHER), null);
                case SPEECH -> new Story.Occasion(medium, date, dice.pick(speaker.business()
                        ? Lexicon.SPEECH_AUDIENCE_BUSINESS : Lexicon.SPEECH_AUDIENCE).replace("{CITY}", country.capital()), null);
                case INTERVIEW -> {
                    // The lead outlet's own interview, unless the lead runs wire copy.
                    World.Source interviewer;
                    int who = dice.weighted(leadRelay == null ? 50 : 0, 35, 15);
                    if (who == 0) {
                        interviewer = storyOutlets.get(0);
                    } else if (who == 1) {
                        interviewer = dice.pick(world.agencies());
                    } else {
                        // Another paper's interview, which every outlet of the story cites.
                        do {
                            interviewer = dice.pick(world.outlets());
                        } while (storyOutlets.contains(interviewer));
                    }
                    yield new Story.Occasion(medium, date, null, interviewer);
                }
                default -> new Story.Occasion(medium, date, null, null);
            };
        }

        // ------------------------------------------------------------------ look-alikes

        private void archive(LocalDate date, Archived entry) {
            while (!archive.isEmpty() && archive.peekFirst().date().isBefore(date.minusDays(ARCHIVE_DAYS))) {
                archive.pollFirst();
            }
            long sameDay = 0;
            for (Iterator<Archived> it = archive.descendingIterator(); it.hasNext(); ) {
                if (!it.next().date().equals(date)) {
                    break;
                }
                sameDay++;
            }
            if (sameDay < ARCHIVED_PER_DAY) {
                archive.addLast(entry);
            }
        }

        private Archived lookAlikeCandidate(Dice dice, LocalDate date) {
            LocalDate latest = date.minusDays(LOOK_ALIKE_MIN_DAYS);
            List<Archived> candidates = new ArrayList<>();
            for (Archived a : archive) {
                if (a.date().isAfter(latest)) {
                    break;
                }
                candidates.add(a);
            }
            return candidates.isEmpty() ? null : dice.pick(candidates);
        }
    }

    private static final String[] SECTIONS = {"world", "politics", "business", "economy", "europe", "news"};

    static String slug(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+");
        return String.join("-", List.of(words).subList(0, Math.min(words.length, 8)));
    }

    // ------------------------------------------------------------------ command line

    public static void main(String[] args) throws IOException {
        long seed = 42;
        long target = 2000;
        Path out = null;
        Path jsonl = null;
        LocalDate start = Options.DEFAULT_START;
        int perDay = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(require(value, args[i++]));
                case "--occurrences" -> target = Long.parseLong(require(value, args[i++]));
                case "--out" -> out = Path.of(require(value, args[i++]));
                case "--jsonl" -> jsonl = Path.of(require(value, args[i++]));
                case "--start" -> start = LocalDate.parse(require(value, args[i++]));
                case "--stories-per-day" -> perDay = Integer.parseInt(require(value, args[i++]));
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (out == null && jsonl == null) {
            usage("give --out DIR and/or --jsonl FILE");
        }
        CorpusGenerator generator = new CorpusGenerator(seed, new Options(target, start, perDay, null));
        CorpusWriter.Summary summary = new CorpusWriter(seed, target).write(generator, out, jsonl);
        System.out.println(summary);
    }

    private static String require(String value, String flag) {
        if (value == null) {
            usage(flag + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        PrintStream err = System.err;
        err.println(problem);
        err.println("usage: CorpusGenerator --seed N --occurrences N (--out DIR | --jsonl FILE)"
                + " [--start yyyy-MM-dd] [--stories-per-day N]");
        System.exit(2);
    }
}
