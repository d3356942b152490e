package io.quotetrail.quote.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the engine alone over a scorer manifest and writes the export format of DESIGN.md, with
 * names as the engine writes them (no registry). For fast offline scoring while developing:
 * {@code score.py --gold G --manifest M --export out.json}. The real figures come from the
 * gateway in CI.
 */
public final class CorpusExport {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")");

    private CorpusExport() {
    }

    public static void main(String[] args) throws IOException {
        Path manifest = Path.of(args[0]);
        StringBuilder json = new StringBuilder("{\"articles\": [");
        boolean firstArticle = true;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String id = field(line, "id");
            String outlet = field(line, "outlet");
            String text = Files.readString(manifest.resolveSibling(field(line, "file")), StandardCharsets.UTF_8);
            List<ExtractedQuote> quotes = QuoteExtractor.extract(
                    new ArticleInput(text, null, field(line, "publishedAt"), outlet));
            json.append(firstArticle ? "" : ",").append("\n{\"externalId\": ").append(str(id))
                    .append(", \"outlet\": {\"name\": ").append(str(outlet)).append("}, \"quotes\": [");
            firstArticle = false;
            for (int i = 0; i < quotes.size(); i++) {
                ExtractedQuote q = quotes.get(i);
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
                json.append(i == 0 ? "\n " : ",\n ").append("{\"text\": ").append(str(q.text()))
                        .append(", \"kind\": ").append(str(q.kind().name()))
                        .append(", \"speaker\": ").append(q.speaker() == null ? "null" : "{\"name\": " + str(q.speaker().name()) + "}")
                        .append(", \"medium\": ").append(str(q.medium()))
                        .append(", \"chain\": [");
                for (int h = 0; h < chain.size(); h++) {
                    json.append(h == 0 ? "" : ", ").append("{\"name\": ").append(str(chain.get(h))).append("}");
                }
                json.append("]}");
            }
            json.append("]}");
        }
        json.append("]}\n");
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
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
