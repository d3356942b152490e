package io.quotetrail.benchmarks.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a generated corpus to disk in the scorer's formats: DIR/manifest.jsonl, DIR/articles/*.txt
 * and DIR/gold.json (shared/eval/README.md), and/or one JSON object per article with its text inline.
 *
 * <p>Articles are written as they stream in. The gold lists the entities before the articles, so
 * its article part goes to a temporary file first and is copied in once the entities are known.
 */
final class CorpusWriter {

    /** What was written. */
    record Summary(long articles, long occurrences, long optionalQuotes, long clusters, long fragments,
                   long distinctPairs, long noise, long entities) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %d occurrences (+%d optional headline quotes), %d clusters, "
                            + "%d fragments, %d distinct pairs, %d noise items, %d entities",
                    articles, occurrences, optionalQuotes, clusters, fragments, distinctPairs, noise, entities);
        }
    }

    private final long seed;
    private final long target;

    CorpusWriter(long seed, long target) {
        this.seed = seed;
        this.target = target;
    }

    Summary write(Iterable<GeneratedArticle> corpus, Path dir, Path jsonl) throws IOException {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        List<List<String>> distinct = new ArrayList<>();
        Set<String> clusters = new HashSet<>();
        long articles = 0;
        long occurrences = 0;
        long optional = 0;
        long fragments = 0;
        long noise = 0;

        Path goldArticles = null;
        Writer manifest = null;
        Writer gold = null;
        Writer lines = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir.resolve("articles"));
                manifest = Files.newBufferedWriter(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8);
                goldArticles = dir.resolve("gold.articles.part");
                gold = Files.newBufferedWriter(goldArticles, StandardCharsets.UTF_8);
            }
            if (jsonl != null) {
                if (jsonl.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(jsonl.toAbsolutePath().getParent());
                }
                lines = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
            }
            for (GeneratedArticle a : corpus) {
                articles++;
                occurrences += a.occurrences();
                for (GoldQuote q : a.quotes()) {
                    clusters.add(q.cluster());
                    optional += q.optional() ? 1 : 0;
                    fragments += q.fragmentOf() != null ? 1 : 0;
                }
                noise += a.noise().size();
                distinct.addAll(a.distinctClusters());
                for (GoldEntity e : a.entities()) {
                    kinds.putIfAbsent(e.name(), e.kind());
                    aliases.computeIfAbsent(e.name(), k -> new LinkedHashSet<>()).addAll(e.aliases());
                }
                if (dir != null) {
                    String file = String.format(Locale.ROOT, "articles/%06d.txt", articles);
                    Files.writeString(dir.resolve(file), a.text(), StandardCharsets.UTF_8);
                    manifest.write("{\"id\": " + Json.string(a.externalId()) + ", \"file\": " + Json.string(file)
                            + ", \"outlet\": " + Json.string(a.outlet()) + ", \"url\": " + Json.string(a.url())
                            + ", \"publishedAt\": " + Json.string(a.publishedAt()) + ", \"language\": "
                            + Json.string(a.language()) + "}\n");
                    gold.write((articles > 1 ? ",\n  " : "  ") + "{\"id\": " + Json.string(a.externalId())
                            + ", \"quotes\": " + Json.quotes(a.quotes()) + ", \"noise\": " + Json.strings(a.noise()) + "}");
                }
                if (lines != null) {
                    lines.write("{\"externalId\": " + Json.string(a.externalId()) + ", \"outlet\": " + Json.string(a.outlet())
                            + ", \"url\": " + Json.string(a.url()) + ", \"publishedAt\": " + Json.string(a.publishedAt())
                            + ", \"language\": " + Json.string(a.language()) + ", \"text\": " + Json.string(a.text())
                            + ", \"quotes\": " + Json.quotes(a.quotes()) + ", \"noise\": " + Json.strings(a.noise())
                            + ", \"entities\": " + Json.entities(a.entities())
                            + ", \"distinctClusters\": " + Json.stringLists(a.distinctClusters()) + "}\n");
                }
            }
        } finally {
            for (Writer w : new Writer[] {manifest, gold, lines}) {
                if (w != null) {
                    w.close();
                }
            }
        }

        if (dir != null) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("gold.json"), StandardCharsets.UTF_8)) {
                out.write("{\n \"description\": " + Json.string(description()) + ",\n \"entities\": [\n");
                int i = 0;
                for (Map.Entry<String, String> e : kinds.entrySet()) {
                    GoldEntity entity = new GoldEntity(e.getKey(), e.getValue(), new ArrayList<>(aliases.get(e.getKey())));
                    out.write((i++ > 0 ? ",\n  " : "  ") + Json.entity(entity));
                }
                out.write("\n ],\n \"articles\": [\n");
                try (Reader in = Files.newBufferedReader(goldArticles, StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
                out.write("\n ],\n \"distinctClusters\": [\n");
                for (int k = 0; k < distinct.size(); k++) {
                    out.write((k > 0 ? ",\n  " : "  ") + Json.strings(distinct.get(k)));
                }
                out.write("\n ]\n}\n");
            }
            Files.delete(goldArticles);
        }
        return new Summary(articles, occurrences, optional, clusters.size(), fragments, distinct.size(), noise, kinds.size());
    }

    private String description() {
        return "Generated corpus (io.quotetrail.benchmarks.corpus.CorpusGenerator, seed " + seed + ", target "
                + target + " occurrences): invented English news articles about an invented world, with gold in "
                + "shared/eval/README.md's format. Every direct quotation is annotated as printed (without its quote "
                + "marks) with its speaker, the acceptable chains (speaker first, each intermediary in order, the "
                + "article's own outlet left off; for posts the platform may appear as first intermediary), the cluster "
                + "of the utterance (the same for rewordings, truncations, punctuation changes and both halves of a "
                + "split quote), fragmentOf for a few words quoted inside a reporter's sentence, the medium stated in "
                + "the article, optional headline quotes, per-article noise (programme names and scare words in quote "
                + "marks) and distinctClusters: look-alike utterances by the same speaker on another occasion months "
                + "later.";
    }
}
