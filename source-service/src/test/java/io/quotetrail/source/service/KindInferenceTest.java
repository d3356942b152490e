package io.quotetrail.source.service;

import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.SourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindInferenceTest {

    private final KindInference inference = new KindInference(MentionVocabulary.load(MentionVocabulary.DEFAULT_RESOURCE));

    private SourceKind infer(String text, MentionContext context) {
        return inference.infer(NameKeys.key(text), context, null);
    }

    @Test
    void theHintWins() {
        assertThat(inference.infer("anything", MentionContext.SPEAKER, SourceKind.PLATFORM)).isEqualTo(SourceKind.PLATFORM);
    }

    @Test
    void publishersAreOutlets() {
        assertThat(infer("Daily Bugle", MentionContext.PUBLISHER)).isEqualTo(SourceKind.OUTLET);
    }

    @Test
    void intermediariesAreAgenciesStateMediaOrOutlets() {
        assertThat(infer("Baltic News Service", MentionContext.INTERMEDIARY)).isEqualTo(SourceKind.NEWS_AGENCY);
        assertThat(infer("Ruritanian state news agency", MentionContext.INTERMEDIARY)).isEqualTo(SourceKind.STATE_MEDIA);
        assertThat(infer("Daily Bugle", MentionContext.INTERMEDIARY)).isEqualTo(SourceKind.OUTLET);
    }

    @Test
    void speakersArePeopleUnlessNamedLikeABody() {
        assertThat(infer("Vladimir Putin", MentionContext.SPEAKER)).isEqualTo(SourceKind.PERSON);
        assertThat(infer("Ukraine's Defence Ministry", MentionContext.SPEAKER)).isEqualTo(SourceKind.GOVERNMENT);
        assertThat(infer("the President's Office", MentionContext.SPEAKER)).isEqualTo(SourceKind.GOVERNMENT);
        assertThat(infer("Hamas delegation", MentionContext.SPEAKER)).isEqualTo(SourceKind.ORGANIZATION);
        assertThat(infer("Acme Company", MentionContext.SPEAKER)).isEqualTo(SourceKind.ORGANIZATION);
    }
}
