package io.quotetrail.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final String OPEN = "\"'“”‘’";
    private static final String CLOSE = "\"'“”‘’";

    /** One corpus of 5,000 occurrences shared by the read-only checks. */
    private static List<GeneratedArticle> corpus;

    @BeforeAll
    static void generate() {
        corpus = new CorpusGenerator(42, CorpusGenerator.Options.occurrences(5_000)).stream().toList();
    }

    // ------------------------------------------------------------------ reproducibility and size

    @Test
    void sameSeedGivesTheSameArticles() {
        List<GeneratedArticle> again = new CorpusGenerator(42, CorpusGenerator.Options.occurrences(5_000)).stream().toList();
        assertEquals(corpus, again);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new CorpusWriter(9, 1_500).write(new CorpusGenerator(9, CorpusGenerator.Options.occurrences(1_500)), a, a.resolve("all.jsonl"));
        new CorpusWriter(9, 1_500).write(new CorpusGenerator(9, CorpusGenerator.Options.occurrences(1_500)), b, b.resolve("all.jsonl"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(a)) {
            files = walk.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        assertTrue(files.size() > 100, "articles, manifest, gold and jsonl written");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file.toString());
        }
    }

    @Test
    void differentSeedGivesDifferentArticles() {
        List<GeneratedArticle> other = new CorpusGenerator(43, CorpusGenerator.Options.occurrences(5_000)).stream().toList();
        Set<String> texts = new HashSet<>();
        corpus.forEach(a -> texts.add(a.text()));
        long shared = other.stream().filter(a -> texts.contains(a.text())).count();
        assertEquals(0, shared, "no article text is shared between seeds 42 and 43");
        assertNotEquals(corpus.get(0).outlet() + corpus.get(0).text(), other.get(0).outlet() + other.get(0).text());
    }

    @Test
    void stopsRightAfterTheOccurrenceTarget() {
        long total = corpus.stream().mapToLong(GeneratedArticle::occurrences).sum();
        long withoutLast = total - corpus.get(corpus.size() - 1).occurrences();
        assertTrue(total >= 5_000, "target met: " + total);
        assertTrue(withoutLast < 5_000, "no article generated after the target was met");
    }

    // ------------------------------------------------------------------ the gold matches the text

    @Test
    void everyQuoteIsPrintedVerbatimBetweenQuoteMarks() {
        for (GeneratedArticle a : corpus) {
            for (GoldQuote q : a.quotes()) {
                assertFalse(q.text().isBlank(), q.id());
                assertEquals(q.text().strip(), q.text(), q.id() + " has outer whitespace");
                assertTrue(delimited(a.text(), q.text()), a.externalId() + " " + q.id() + ": not between quote marks: " + q.text());
            }
        }
    }

    @Test
    void articlesHaveAHeadlineAndTwoToEightQuotations() {
        for (GeneratedArticle a : corpus) {
            String[] lines = a.text().split("\n", -1);
            assertFalse(lines[0].isBlank(), "headline");
            assertEquals("", lines[1], "blank line after the headline");
            assertEquals("en", a.language());
            long n = a.occurrences();
            assertTrue(n >= 2 && n <= 8, a.externalId() + " has " + n + " quotations");
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 1500 && bytes <= 6000, a.externalId() + " has " + bytes + " bytes");
            assertTrue(a.url().startsWith("https://"), a.url());
        }
    }

    @Test
    void articlesComeInPublicationOrderWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        Set<String> quoteIds = new HashSet<>();
        LocalDate previous = LocalDate.MIN;
        for (GeneratedArticle a : corpus) {
            assertTrue(ids.add(a.externalId()), "duplicate id " + a.externalId());
            for (GoldQuote q : a.quotes()) {
                assertTrue(quoteIds.add(q.id()), "duplicate quote id " + q.id());
            }
            LocalDate date = LocalDate.parse(a.publishedAt());
            assertFalse(date.isBefore(previous), a.externalId() + " published before its predecessor");
            previous = date;
        }
    }

    @Test
    void fragmentsPointToAClusterAlreadyQuotedInFull() {
        Set<String> fullClusters = new HashSet<>();
        int fragments = 0;
        for (GeneratedArticle a : corpus) {
            for (GoldQuote q : a.quotes()) {
                if (q.fragmentOf() == null) {
                    fullClusters.add(q.cluster());
                }
            }
            for (GoldQuote q : a.quotes()) {
                if (q.fragmentOf() != null) {
                    fragments++;
                    assertNotEquals(q.fragmentOf(), q.cluster(), q.id());
                    assertTrue(fullClusters.contains(q.fragmentOf()), q.id() + ": fragment of unknown cluster " + q.fragmentOf());
                    assertTrue(q.text().split(" ").length <= 5, q.id() + ": fragments have 1-5 words: " + q.text());
                }
            }
        }
        assertTrue(fragments > 100, "fragments are generated: " + fragments);
    }

    @Test
    void distinctPairsAreLookAlikesOfExistingClustersBySameSpeaker() {
        Map<String, GoldQuote> firstOfCluster = new HashMap<>();
        Map<String, LocalDate> dateOfCluster = new HashMap<>();
        List<List<String>> pairs = new ArrayList<>();
        for (GeneratedArticle a : corpus) {
            for (GoldQuote q : a.quotes()) {
                if (firstOfCluster.putIfAbsent(q.cluster(), q) == null) {
                    dateOfCluster.put(q.cluster(), LocalDate.parse(a.publishedAt()));
                }
            }
            // A pair arrives with the first article of its newer utterance: both must exist by then.
            for (List<String> pair : a.distinctClusters()) {
                assertEquals(2, pair.size());
                assertNotEquals(pair.get(0), pair.get(1));
                GoldQuote older = firstOfCluster.get(pair.get(0));
                GoldQuote newer = firstOfCluster.get(pair.get(1));
                assertNotNull(older, "cluster " + pair.get(0) + " exists");
                assertNotNull(newer, "cluster " + pair.get(1) + " exists");
                assertEquals(older.speaker(), newer.speaker(), "same speaker");
                assertNotEquals(older.medium(), newer.medium(), "another occasion");
                assertTrue(dateOfCluster.get(pair.get(1)).isAfter(dateOfCluster.get(pair.get(0)).plusDays(30)), "months later");
                pairs.add(pair);
            }
        }
        assertFalse(pairs.isEmpty(), "look-alikes are generated");
    }

    @Test
    void chainsStartWithTheSpeakerAndLeaveTheOwnOutletOff() {
        for (GeneratedArticle a : corpus) {
            Set<String> entityNames = new HashSet<>();
            a.entities().forEach(e -> entityNames.add(e.name()));
            for (GoldQuote q : a.quotes()) {
                assertEquals(q.speaker(), q.chain().get(0), q.id());
                assertTrue(entityNames.contains(q.speaker()), q.id() + ": speaker is an entity");
                assertEquals(q.chain().size(), new HashSet<>(q.chain()).size(), q.id() + ": no hop repeated");
                for (String hop : q.chain()) {
                    assertNotEquals(a.outlet(), hop, q.id() + ": own outlet in chain");
                    assertTrue(entityNames.contains(hop), q.id() + ": hop " + hop + " is an entity");
                    if (!hop.equals(q.speaker())) {
                        // Every intermediary is named in the article: byline, dateline or attribution.
                        assertTrue(a.text().contains(hop), q.id() + ": hop " + hop + " not named in the text");
                    }
                }
                for (List<String> chain : q.acceptableChains()) {
                    assertEquals(q.speaker(), chain.get(0));
                }
                assertNotNull(q.medium(), q.id());
            }
        }
    }

    @Test
    void everyOccurrenceOfAClusterHasTheSameSpeakerAndMedium() {
        Map<String, String> speakers = new HashMap<>();
        Map<String, Medium> media = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            for (GoldQuote q : a.quotes()) {
                String utterance = q.fragmentOf() != null ? q.fragmentOf() : q.cluster();
                assertEquals(speakers.computeIfAbsent(utterance, k -> q.speaker()), q.speaker(), q.id());
                assertEquals(media.computeIfAbsent(utterance, k -> q.medium()), q.medium(), q.id());
                occurrences.merge(q.cluster(), 1, Integer::sum);
            }
        }
        long repeated = occurrences.values().stream().filter(n -> n > 1).count();
        assertTrue(repeated > occurrences.size() / 4, "clusters recur across articles: " + repeated + " of " + occurrences.size());
    }

    @Test
    void speakerIsNamedInTheArticle() {
        for (GeneratedArticle a : corpus) {
            Map<String, GoldEntity> entities = new HashMap<>();
            a.entities().forEach(e -> entities.put(e.name(), e));
            for (GoldQuote q : a.quotes()) {
                GoldEntity e = entities.get(q.speaker());
                boolean named = a.text().contains(e.name()) || e.aliases().stream().anyMatch(alias -> a.text()
                        .replace('’', '\'').contains(alias));
                assertTrue(named, q.id() + ": " + q.speaker() + " never named");
            }
        }
    }

    @Test
    void noAliasBelongsToTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        Map<String, GoldEntity> seen = new LinkedHashMap<>();
        for (GeneratedArticle a : corpus) {
            for (GoldEntity e : a.entities()) {
                GoldEntity before = seen.putIfAbsent(e.name(), e);
                if (before != null) {
                    assertEquals(before, e, "an entity is described the same way everywhere");
                    continue;
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                for (String n : names) {
                    String previous = owner.putIfAbsent(normName(n), e.name());
                    if (previous != null && !previous.equals(e.name())) {
                        fail("alias " + n + " of " + e.name() + " collides with " + previous);
                    }
                }
            }
        }
        assertTrue(seen.values().stream().filter(e -> e.kind().equals("PERSON")).count() > 200, "hundreds of speakers");
    }

    @Test
    void noiseIsQuotedButNeverAQuotation() {
        int noise = 0;
        for (GeneratedArticle a : corpus) {
            Set<String> texts = new HashSet<>();
            a.quotes().forEach(q -> texts.add(q.text()));
            for (String n : a.noise()) {
                noise++;
                assertTrue(delimited(a.text(), n), a.externalId() + ": noise " + n);
                assertFalse(texts.contains(n), a.externalId() + ": noise " + n + " is also a quotation");
            }
        }
        assertTrue(noise > 0 && noise < corpus.size(), "noise is occasional: " + noise);
    }

    @Test
    void corpusHasTheVarietyTheBenchmarkNeeds() {
        Set<String> kinds = new HashSet<>();
        Set<Medium> media = new HashSet<>();
        Set<Integer> chainLengths = new HashSet<>();
        boolean curly = false;
        boolean straight = false;
        boolean split = false;
        for (GeneratedArticle a : corpus) {
            a.entities().forEach(e -> kinds.add(e.kind()));
            curly |= a.text().contains("“");
            straight |= a.text().contains("\"");
            for (int i = 0; i < a.quotes().size(); i++) {
                GoldQuote q = a.quotes().get(i);
                media.add(q.medium());
                chainLengths.add(q.chain().size());
                split |= i > 0 && q.cluster().equals(a.quotes().get(i - 1).cluster()) && q.fragmentOf() == null
                        && Character.isLowerCase(q.text().charAt(0));
            }
        }
        assertEquals(Set.of("PERSON", "ORGANIZATION", "GOVERNMENT", "STATE_MEDIA", "NEWS_AGENCY", "OUTLET", "PLATFORM"), kinds);
        assertEquals(Set.of(Medium.values()), media);
        assertTrue(chainLengths.containsAll(Set.of(1, 2, 3)), "direct, one hop and two hops: " + chainLengths);
        assertTrue(curly && straight, "both straight and curly quote marks");
        assertTrue(split, "quotes split by their attribution");
    }

    @Test
    void utterancesHaveEightToTwentyFiveWords() {
        World world = new World(5);
        UtteranceGrammar grammar = new UtteranceGrammar(world);
        Dice dice = new Dice(5);
        int outside = 0;
        for (int i = 0; i < 2_000; i++) {
            Speaker speaker = world.person(i);
            Topic topic = grammar.topic(dice, speaker);
            Utterance u = switch (i % 3) {
                case 0 -> grammar.opening(dice, speaker, topic, dice.chance(0.2), "c" + i);
                case 1 -> grammar.statement(dice, speaker, "c" + i);
                default -> grammar.reaction(dice, speaker, topic, dice.chance(0.4), "c" + i);
            };
            int words = u.words(u.canonical());
            if (words < 8 || words > 25) {
                outside++;
            }
            String text = u.render(u.canonical());
            assertTrue(Character.isUpperCase(text.charAt(0)), text);
            assertFalse(text.contains("  ") || text.contains(" ,"), text);
        }
        assertTrue(outside < 20, outside + " of 2000 utterances outside 8-25 words");
    }

    @Test
    void peopleHaveUniqueSurnamesAndStableIdentities() {
        World world = new World(42);
        World again = new World(42);
        assertTrue(world.personCapacity() > 20_000, "capacity " + world.personCapacity());
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            Speaker p = world.person(i);
            assertTrue(surnames.add(p.surname()), "surname repeated: " + p.surname());
            assertEquals(p.entity(), again.person(i).entity(), "person " + i + " is the same person every time");
        }
        assertNotEquals(world.person(0).name(), new World(43).person(0).name(), "another seed, other people");
    }

    // ------------------------------------------------------------------ files

    @Test
    void writesManifestArticlesAndGoldThatParse(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        Path jsonl = dir.resolve("corpus.jsonl");
        CorpusWriter.Summary summary = new CorpusWriter(3, 800)
                .write(new CorpusGenerator(3, CorpusGenerator.Options.occurrences(800)), out, jsonl);
        assertTrue(summary.occurrences() >= 800);

        List<String> manifest = Files.readAllLines(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8);
        assertEquals(summary.articles(), manifest.size());
        Map<String, String> files = new HashMap<>();
        for (String line : manifest) {
            Map<?, ?> m = (Map<?, ?>) TinyJson.parse(line);
            assertEquals(Set.of("id", "file", "outlet", "url", "publishedAt", "language"), m.keySet());
            Path file = out.resolve((String) m.get("file"));
            assertTrue(Files.isRegularFile(file), file.toString());
            files.put((String) m.get("id"), Files.readString(file, StandardCharsets.UTF_8));
        }

        Map<?, ?> gold = (Map<?, ?>) TinyJson.parse(Files.readString(out.resolve("gold.json"), StandardCharsets.UTF_8));
        assertEquals(Set.of("description", "entities", "articles", "distinctClusters"), gold.keySet());
        Set<String> entityNames = new HashSet<>();
        for (Object o : (List<?>) gold.get("entities")) {
            Map<?, ?> e = (Map<?, ?>) o;
            assertTrue(entityNames.add((String) e.get("name")), "entity listed once");
            assertTrue(e.get("aliases") instanceof List<?>);
        }
        List<?> articles = (List<?>) gold.get("articles");
        assertEquals(manifest.size(), articles.size());
        Set<String> clusters = new HashSet<>();
        for (Object o : articles) {
            Map<?, ?> a = (Map<?, ?>) o;
            String text = files.get((String) a.get("id"));
            assertNotNull(text, "gold article in manifest");
            for (Object qo : (List<?>) a.get("quotes")) {
                Map<?, ?> q = (Map<?, ?>) qo;
                assertTrue(text.contains((String) q.get("text")));
                List<?> speaker = (List<?>) q.get("speaker");
                assertTrue(entityNames.containsAll(speaker));
                for (Object chain : (List<?>) q.get("chain")) {
                    assertEquals(speaker.get(0), ((List<?>) chain).get(0));
                    assertTrue(entityNames.containsAll((List<?>) chain));
                }
                clusters.add((String) q.get("cluster"));
            }
        }
        for (Object pair : (List<?>) gold.get("distinctClusters")) {
            assertTrue(clusters.containsAll((List<?>) pair));
        }

        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(manifest.size(), lines.size());
        Map<?, ?> first = (Map<?, ?>) TinyJson.parse(lines.get(0));
        assertEquals(files.get((String) first.get("externalId")), first.get("text"), "text inline, escaped and read back exactly");
    }

    @Test
    void jsonStringsAreEscaped() {
        String nasty = "a \"quote\" \\ back\nslash\t\u0001 “curly” ’";
        assertEquals(nasty, TinyJson.parse(Json.string(nasty)));
    }

    // ------------------------------------------------------------------ streaming

    @Test
    void streamsOneHundredThousandOccurrencesInBoundedMemory() {
        CorpusGenerator generator = new CorpusGenerator(11, CorpusGenerator.Options.occurrences(100_000));
        CorpusGenerator.Articles articles = generator.iterator();
        int maxBuffered = 0;
        int maxArchived = 0;
        long count = 0;
        long usedAtStart = -1;
        while (articles.hasNext()) {
            articles.next();
            count++;
            maxBuffered = Math.max(maxBuffered, articles.buffered());
            maxArchived = Math.max(maxArchived, articles.archived());
            if (usedAtStart < 0 && articles.occurrences() >= 20_000) {
                usedAtStart = usedHeap();
            }
        }
        long growth = usedHeap() - usedAtStart;
        assertTrue(articles.occurrences() >= 100_000);
        assertTrue(count > 20_000, count + " articles");
        // A few days of stories are buffered to hand articles out in publication order; nothing else is kept.
        assertTrue(maxBuffered < 1_000, "buffered " + maxBuffered);
        assertTrue(maxArchived <= 3 * 241, "archived " + maxArchived);
        assertTrue(growth < 64L * 1024 * 1024, "heap grew by " + growth / 1024 / 1024 + " MB over 80,000 occurrences");
    }

    // ------------------------------------------------------------------ helpers

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Is some occurrence of {@code quote} preceded by an opening mark and followed by a closing one? */
    static boolean delimited(String text, String quote) {
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int end = at + quote.length();
            if (at > 0 && OPEN.indexOf(text.charAt(at - 1)) >= 0 && end < text.length() && CLOSE.indexOf(text.charAt(end)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** check_gold.py's and score.py's name normalisation. */
    static String normName(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT).strip();
        n = n.replaceFirst("^the\\s+", "");
        n = n.replaceAll("[^\\p{L}\\p{N}_' -]", "");
        return n.replaceAll("\\s+", " ").strip();
    }

    /** A strict little JSON reader: enough to prove the files are well-formed and to inspect them. */
    static final class TinyJson {
        private final String s;
        private int i;

        private TinyJson(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            TinyJson p = new TinyJson(s);
            Object value = p.value();
            p.space();
            if (p.i != s.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i);
            }
            return value;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    if (map.put(key, value()) != null) {
                        throw new IllegalArgumentException("duplicate key " + key);
                    }
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (s.startsWith(literal, i)) {
                    i += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected " + c + " at " + i);
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("raw control character at " + (i - 1));
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i + " but found " + s.charAt(i));
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
