package io.quotetrail.benchmarks.corpus;

/**
 * The occasion on which something was said. {@link #label()} is the gold vocabulary of the
 * scorer (see check_gold.py's MEDIA); posts also name the platform they were made on, which
 * the gold accepts as an optional first hop of the chain.
 */
public enum Medium {
    PRESS_CONFERENCE("press conference", null),
    STATEMENT("statement", null),
    LETTER("letter", null),
    INTERVIEW("interview", null),
    SPEECH("speech", null),
    X_POST("social-media post", "X"),
    TELEGRAM_POST("Telegram post", "Telegram");

    private final String label;
    private final String platform;

    Medium(String label, String platform) {
        this.label = label;
        this.platform = platform;
    }

    /** The medium as the gold writes it, e.g. "press conference". */
    public String label() {
        return label;
    }

    /** The platform a post was published on, or null for every other medium. */
    public String platform() {
        return platform;
    }
}
