package io.quotetrail.quote.service;

import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MentionContext;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.quote.engine.ArticleInput;
import io.quotetrail.quote.engine.ArticleText;
import io.quotetrail.quote.engine.ChainMention;
import io.quotetrail.quote.engine.ExtractedQuote;
import io.quotetrail.quote.engine.QuoteExtractor;
import io.quotetrail.quote.engine.SplitQuotations;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the engine on a validated article and gathers every name it needs resolved. */
@ApplicationScoped
public class ArticlePreparation {

    /** source-service's limit on a mention's text. */
    static final int MAX_MENTION_LENGTH = 300;

    public PreparedArticle prepare(IngestCommand command) {
        ArticleInput input = new ArticleInput(command.text(), command.title(),
                command.publishedAt() == null ? null : command.publishedAt().toString(), command.outlet());
        ArticleText text = ArticleText.parse(input);
        List<ExtractedQuote> quotes = QuoteExtractor.extract(text, input);

        MentionBatch batch = new MentionBatch();
        int[] speakers = new int[quotes.size()];
        List<int[]> intermediaries = new ArrayList<>(quotes.size());
        for (int q = 0; q < quotes.size(); q++) {
            ExtractedQuote quote = quotes.get(q);
            speakers[q] = quote.speaker() == null ? -1
                    : batch.add(quote.speaker().name(), MentionContext.SPEAKER, null);
            int[] hops = new int[quote.intermediaries().size()];
            for (int h = 0; h < hops.length; h++) {
                ChainMention mention = quote.intermediaries().get(h);
                hops[h] = batch.add(mention.name(), MentionContext.INTERMEDIARY, null);
            }
            intermediaries.add(hops);
        }

        String url = command.url() != null ? command.url() : text.originalUrl();
        int outlet = -1;
        String outletEvidence = null;
        if (command.outlet() != null) {
            outlet = batch.add(command.outlet(), MentionContext.PUBLISHER, url);
            outletEvidence = "outlet: " + command.outlet();
        } else if (url != null && hostOf(url) != null) {
            // Only a domain the registry knows names the outlet; an unknown one names nobody.
            outlet = batch.addKnownOnly(hostOf(url), url);
            outletEvidence = "url: " + url;
        }
        return new PreparedArticle(quotes, batch.mentions, speakers, intermediaries, outlet, outletEvidence, url,
                SplitQuotations.resumesPrevious(command.text(), quotes));
    }

    /** The web domain of a URL without "www.", or null when it has none. */
    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Distinct mentions, so that a name repeated through an article is resolved once. */
    private static final class MentionBatch {
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int addKnownOnly(String host, String url) {
            mentions.add(Mention.newBuilder().setText(host).setContext(MentionContext.PUBLISHER)
                    .setKindHint(SourceKind.OUTLET).setUrl(url).setKnownOnly(true).build());
            return mentions.size() - 1;
        }

        int add(String name, MentionContext context, String url) {
            String text = name.length() > MAX_MENTION_LENGTH ? name.substring(0, MAX_MENTION_LENGTH) : name;
            String key = context.name() + '\u0000' + text.toLowerCase(Locale.ROOT);
            return index.computeIfAbsent(key, k -> {
                Mention.Builder mention = Mention.newBuilder().setText(text).setContext(context);
                if (context == MentionContext.PUBLISHER) {
                    mention.setKindHint(SourceKind.OUTLET);
                }
                if (url != null) {
                    mention.setUrl(url);
                }
                mentions.add(mention.build());
                return mentions.size() - 1;
            });
        }
    }
}
