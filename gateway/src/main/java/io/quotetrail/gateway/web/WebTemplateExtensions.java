package io.quotetrail.gateway.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quotetrail.gateway.rest.dto.TraceView;

/** Small formatting helpers the page templates call. */
@TemplateExtension
public final class WebTemplateExtensions {

    private WebTemplateExtensions() {
    }

    /** "PERSON" reads as "person"; an absent value as nothing. */
    static String lowerCase(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static long similarityPercent(TraceView.Match match) {
        return Math.round(match.similarity() * 100);
    }
}
