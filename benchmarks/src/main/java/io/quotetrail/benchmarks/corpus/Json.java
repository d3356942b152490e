package io.quotetrail.benchmarks.corpus;

import java.util.List;

/** Just enough JSON writing for the manifest and the gold (no JSON library on this classpath). */
final class Json {

    private Json() {
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; the rest as is (UTF-8). */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/U+2029 are legal JSON but break JavaScript readers of JSONL.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i > 0 ? ", " : "").append(string(items.get(i)));
        }
        return out.append(']').toString();
    }

    static String stringLists(List<List<String>> lists) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < lists.size(); i++) {
            out.append(i > 0 ? ", " : "").append(strings(lists.get(i)));
        }
        return out.append(']').toString();
    }

    /** One gold quotation in the scorer's format. */
    static String quote(GoldQuote q) {
        StringBuilder out = new StringBuilder("{\"id\": ").append(string(q.id()))
                .append(", \"text\": ").append(string(q.text()))
                .append(", \"speaker\": ").append(strings(List.of(q.speaker())))
                .append(", \"chain\": ").append(stringLists(q.acceptableChains()))
                .append(", \"cluster\": ").append(string(q.cluster()));
        if (q.fragmentOf() != null) {
            out.append(", \"fragmentOf\": ").append(string(q.fragmentOf()));
        }
        if (q.medium() != null) {
            out.append(", \"medium\": ").append(string(q.medium().label()));
        }
        if (q.optional()) {
            out.append(", \"optional\": true");
        }
        return out.append('}').toString();
    }

    static String entity(GoldEntity e) {
        return "{\"name\": " + string(e.name()) + ", \"kind\": " + string(e.kind()) + ", \"aliases\": " + strings(e.aliases()) + "}";
    }

    static String quotes(List<GoldQuote> quotes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < quotes.size(); i++) {
            out.append(i > 0 ? ", " : "").append(quote(quotes.get(i)));
        }
        return out.append(']').toString();
    }

    static String entities(List<GoldEntity> entities) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < entities.size(); i++) {
            out.append(i > 0 ? ", " : "").append(entity(entities.get(i)));
        }
        return out.append(']').toString();
    }
}
