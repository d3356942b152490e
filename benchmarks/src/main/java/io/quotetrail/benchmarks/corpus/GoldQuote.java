package io.quotetrail.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One quotation occurrence of a generated article, annotated as the scorer expects.
 *
 * @param id         unique over the corpus (article id + "-q" + number)
 * @param text       exactly as printed, without the quote marks around it
 * @param speaker    canonical name of the speaker
 * @param chain      speaker first, then each intermediary in order; the article's own outlet is left off
 * @param cluster    the utterance this occurrence belongs to (the same for every wording of it)
 * @param fragmentOf for a few words lifted from an utterance: that utterance's cluster, otherwise null
 * @param medium     the occasion, stated in the article (see {@link Medium})
 * @param optional   a headline quote: neither rewarded nor penalised by the scorer
 */
public record GoldQuote(String id, String text, String speaker, List<String> chain, String cluster,
                        String fragmentOf, Medium medium, boolean optional) {

    public GoldQuote {
        chain = List.copyOf(chain);
    }

    /**
     * Every chain the gold accepts: the chain itself and, for a post, the same chain with the
     * platform as first intermediary ("wrote on X" can be read either way).
     */
    public List<List<String>> acceptableChains() {
        if (medium == null || medium.platform() == null) {
            return List.of(chain);
        }
        List<String> viaPlatform = new ArrayList<>(chain);
        viaPlatform.add(1, medium.platform());
        return List.of(chain, List.copyOf(viaPlatform));
    }
}
