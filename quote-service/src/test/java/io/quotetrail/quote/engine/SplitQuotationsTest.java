package io.quotetrail.quote.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One sentence a speech tag splits in two is one utterance; two sentences on either side of a tag may be two. */
class SplitQuotationsTest {

    private static boolean[] resumes(String text) {
        List<ExtractedQuote> quotes = QuoteExtractor.extract(ArticleInput.ofText(text));
        assertThat(quotes).as("both pieces are read as quotations").hasSize(2);
        return SplitQuotations.resumesPrevious(text, quotes);
    }

    @Test
    void sentenceSplitByASpeechTagIsResumed() {
        assertThat(resumes("“The plan to close the harbour,” Senator Ilse Marvik said, “is a turning point for the"
                + " fishermen.”")).containsExactly(false, true);
        assertThat(resumes("\"The plan to close the harbour,\" Marvik told the Coastal Courier on Monday, \"is a"
                + " turning point.\"")).containsExactly(false, true);
    }

    @Test
    void newSentenceAfterTheTagIsNotResumed() {
        assertThat(resumes("“The plan to close the harbour is a turning point,” Senator Ilse Marvik said. “Prices"
                + " will rise for everyone.”")).containsExactly(false, false);
    }

    @Test
    void piecesApartInTheTextAreNotOneSentence() {
        assertThat(resumes("“The plan to close the harbour,” Senator Ilse Marvik said.\n\nThe council met on"
                + " Tuesday to discuss it, and the mayor said the vote would come later. Marvik said: “it was never"
                + " discussed with us.”")).containsExactly(false, false);
    }

    @Test
    void theSentenceIsJoinedWithoutTheTagsComma() {
        assertThat(SplitQuotations.join("The plan to close the harbour, ", "is a turning point."))
                .isEqualTo("The plan to close the harbour is a turning point.");
    }
}
