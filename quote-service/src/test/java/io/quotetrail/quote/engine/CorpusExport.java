package io.quotetrail.quote.engine;

import io.quotetrail.quote.clustering.QuoteMatcher;
import io.quotetrail.quote.clustering.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the engine and the clustering alone over a scorer manifest and writes the export format
 * of DESIGN.md, with names as the engine writes them (no registry) and every earlier quote as a
 * clustering candidate (no index). For fast offline scoring while developing:
 * {@code score.py --gold G --manifest M --export out.json}. The real figures come from the
 * gateway in CI.
 */
public final class CorpusExport {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")");

    /** One occurrence as exported; its quote's partOf may change when a fuller quote arrives later. */
    private static final class Row {
        ExtractedQuote quote;
        List<String> chain;
        UUID quoteId;
    }

    private CorpusExport() {
    }

    public static void main(String[] args) throws IOException {
        Path manifest = Path.of(args[0]);
        List<QuoteMatcher.Candidate> stored = new ArrayList<>();
        Map<UUID, UUID> partOf = new HashMap<>();
        Map<String, List<Row>> articles = new java.util.LinkedHashMap<>();
        Map<String, String> outlets = new HashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String id = field(line, "id");
            String outlet = field(line, "outlet");
            String published = field(line, "publishedAt");
            String text = Files.readString(manifest.resolveSibling(field(line, "file")), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            Map<UUID, String> placedInArticle = new HashMap<>();
            for (ExtractedQuote q : QuoteExtractor.extract(new ArticleInput(text, null, published, outlet))) {
                Row row = new Row();
                row.quote = q;
                row.chain = chain(q, outlet);
                row.quoteId = q.continued() && !rows.isEmpty() ? rows.get(rows.size() - 1).quoteId
                        : cluster(q, published, stored, partOf, placedInArticle);
                rows.add(row);
            }
            articles.put(id, rows);
            outlets.put(id, outlet);
        }
        StringBuilder json = new StringBuilder("{\"articles\": [");
        boolean firstArticle = true;
        for (var article : articles.entrySet()) {
            json.append(firstArticle ? "" : ",").append("\n{\"externalId\": ").append(str(article.getKey()))
                    .append(", \"outlet\": {\"name\": ").append(str(outlets.get(article.getKey()))).append("}, \"quotes\": [");
            firstArticle = false;
            List<Row> rows = article.getValue();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                ExtractedQuote q = row.quote;
                UUID whole = partOf.get(row.quoteId);
                json.append(i == 0 ? "\n " : ",\n ").append("{\"text\": ").append(str(q.text()))
                        .append(", \"quoteId\": ").append(str(row.quoteId.toString()))
                        .append(", \"partOf\": ").append(whole == null ? "null" : str(whole.toString()))
                        .append(", \"kind\": ").append(str(q.kind().name()))
                        .append(", \"speaker\": ").append(q.speaker() == null ? "null" : "{\"name\": " + str(q.speaker().name()) + "}")
                        .append(", \"medium\": ").append(str(q.medium()))
                        .append(", \"chain\": [");
                for (int h = 0; h < row.chain.size(); h++) {
                    json.append(h == 0 ? "" : ", ").append("{\"name\": ").append(str(row.chain.get(h))).append("}");
                }
                json.append("]}");
            }
            json.append("]}");
        }
        json.append("]}\n");
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
    }

    private static UUID cluster(ExtractedQuote q, String published, List<QuoteMatcher.Candidate> stored,
                                Map<UUID, UUID> partOf, Map<UUID, String> placedInArticle) {
        Wording wording = Wording.of(q.text());
        LocalDate date = q.occasionDate() != null ? LocalDate.parse(q.occasionDate())
                : published == null ? null : LocalDate.parse(published);
        UUID speakerId = q.speaker() == null ? null
                : UUID.nameUUIDFromBytes(q.speaker().name().toLowerCase().getBytes(StandardCharsets.UTF_8));
        boolean fragment = QuoteMatcher.isFragment(q.kind().name(), wording);
        QuoteMatcher.Incoming incoming = new QuoteMatcher.Incoming(speakerId, wording, fragment, q.medium(), date);
        QuoteMatcher.Decision decision = QuoteMatcher.decide(incoming, stored);
        String placed = decision.joins() == null ? null : placedInArticle.get(decision.joins());
        UUID id;
        if (decision.joins() != null && (placed == null || placed.equals(wording.normalized()))) {
            UUID joined = decision.joins();
            id = joined;
            placedInArticle.putIfAbsent(id, wording.normalized());
            stored.replaceAll(c -> c.id().equals(joined) && QuoteMatcher.replacesCanonical(incoming, c.wording())
                    ? new QuoteMatcher.Candidate(c.id(), c.speakerId(), wording, c.fragment(), c.medium(), c.date(), c.partOf(), c.inThisArticle())
                    : c);
        } else {
            id = UUID.randomUUID();
            placedInArticle.put(id, wording.normalized());
            if (decision.partOf() != null) {
                partOf.put(id, decision.partOf());
            }
            stored.add(new QuoteMatcher.Candidate(id, speakerId, wording, fragment, q.medium(), date, decision.partOf(),
                    null));
        }
        for (UUID claimed : decision.claims()) {
            partOf.putIfAbsent(claimed, id);
            stored.replaceAll(f -> f.id().equals(claimed)
                    ? new QuoteMatcher.Candidate(f.id(), f.speakerId(), f.wording(), true, f.medium(), f.date(), id, f.inThisArticle()) : f);
        }
        return id;
    }

    private static List<String> chain(ExtractedQuote q, String outlet) {
        List<String> chain = new ArrayList<>();
        if (q.speaker() != null) {
            chain.add(q.speaker().name());
        }
        q.intermediaries().forEach(hop -> chain.add(hop.name()));
        if (outlet != null) {
            chain.add(outlet);
        }
        // As quote-service stores it: one source twice in a row is one hop ("Reuters" → outlet Reuters).
        for (int h = chain.size() - 1; h > 0; h--) {
            if (sameName(chain.get(h), chain.get(h - 1))) {
                chain.remove(h);
            }
        }
        return chain;
    }

    private static boolean sameName(String a, String b) {
        return a.replaceFirst("(?i)^the ", "").equalsIgnoreCase(b.replaceFirst("(?i)^the ", ""));
    }

    private static String field(String line, String name) {
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(3) == null ? null : m.group(3).replace("\\\"", "\"").replace("\\\\", "\\");
            }
        }
        return null;
    }

    private static String str(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
