package io.quotetrail.gateway.mapping;

/**
 * The stable IRIs by which the linked-data exports name QuoteTrail's own resources. URNs rather than URLs: they
 * do not depend on where the gateway is deployed and never need to be fetched.
 */
public final class ResourceIris {

    /** QuoteTrail's own vocabulary, for what PROV-O and schema.org have no term for (see {@link ProvenanceJsonLd}). */
    public static final String VOCABULARY = "urn:quotetrail:vocab:";

    private ResourceIris() {
    }

    /** A quote: the utterance itself. */
    public static String quote(String quoteId) {
        return "urn:quotetrail:quote:" + quoteId;
    }

    public static String article(String articleId) {
        return "urn:quotetrail:article:" + articleId;
    }

    public static String occurrence(String occurrenceId) {
        return "urn:quotetrail:occurrence:" + occurrenceId;
    }

    /** A source of the registry: a person, organisation, agency or outlet. */
    public static String source(String sourceId) {
        return "urn:quotetrail:source:" + sourceId;
    }

    /** The quote as one intermediary carried it on (an agency's dispatch, another outlet's report). */
    public static String relay(String quoteId, String sourceId) {
        return "urn:quotetrail:quote:" + quoteId + ":relay:" + sourceId;
    }
}
