package io.quotetrail.gateway.mapping;

import static io.quotetrail.gateway.mapping.ExportFixtures.MOSCOW_TIMES;
import static io.quotetrail.gateway.mapping.ExportFixtures.PUTIN;
import static io.quotetrail.gateway.mapping.ExportFixtures.WORDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteDetail;

/** The occurrence CSV, read back with a real RFC 4180 parser. */
class OccurrenceCsvTest {

    static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(OccurrenceCsv.COLUMNS);
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError("not RFC 4180 CSV:\n" + csv, e);
        }
    }

    private static Article article(Occurrence... occurrences) {
        return Article.newBuilder().setId("a-1").setExternalId("seed-003").setTitle("Putin's letter")
                .setOutlet(MOSCOW_TIMES).setUrl("https://mt.example/1").setPublishedAt("2025-08-15")
                .addAllOccurrences(List.of(occurrences)).build();
    }

    @Test
    void aQuotesRowsCarryEveryColumnInOrder() {
        List<CSVRecord> rows = parse(OccurrenceCsv.header() + OccurrenceCsv.rows(ExportFixtures.quote()));

        assertThat(rows).hasSize(4);
        CSVRecord first = rows.get(0);
        assertThat(first.toMap()).containsEntry("quoteId", "q-1").containsEntry("occurrenceId", "o-mt")
                .containsEntry("articleId", "a-mt").containsEntry("externalId", "ext-a-mt")
                .containsEntry("outlet", "The Moscow Times")
                .containsEntry("url", "https://www.themoscowtimes.com/2025/08/15/letter")
                .containsEntry("title", "Title of a-mt").containsEntry("publishedAt", "2025-08-15")
                .containsEntry("speaker", "Vladimir Putin").containsEntry("text", WORDING).containsEntry("kind", "FULL")
                .containsEntry("start", "10").containsEntry("end", Integer.toString(10 + WORDING.length()))
                .containsEntry("chain", "Vladimir Putin > KCNA > AFP > The Moscow Times")
                .containsEntry("medium", "letter").containsEntry("occasionDate", "2025-08-15").containsEntry("partOf", "");
        assertThat(rows.get(3).get("outlet")).as("unknown outlet").isEmpty();
        assertThat(rows.get(3).get("url")).isEmpty();
        assertThat(rows.get(3).get("publishedAt")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksRoundTrip() {
        String text = "We said \"no\", twice,\r\nthen once more\nand ’again’ — über";
        List<CSVRecord> rows = parse(OccurrenceCsv.header() + OccurrenceCsv.rows(article(
                ExportFixtures.occurrence("o-1", text, ExportFixtures.hop(PUTIN, "said"),
                        ExportFixtures.hop(ExportFixtures.source("s", "Reuters, London", io.quotetrail.proto.source.v1.SourceKind.NEWS_AGENCY), "by Reuters"))
                        .toBuilder().setKind(io.quotetrail.proto.quote.v1.QuoteKind.QUOTE_KIND_UNSPECIFIED).build())));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("text")).isEqualTo(text);
            assertThat(row.get("chain")).isEqualTo("Vladimir Putin > Reuters, London");
            assertThat(row.get("kind")).isEmpty();
            assertThat(row.get("title")).isEqualTo("Putin's letter");
        });
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "\tindented", "\rcarriage");
        Occurrence[] occurrences = formulas.stream().map(f -> ExportFixtures.occurrence("o", f)).toArray(Occurrence[]::new);

        List<CSVRecord> rows = parse(OccurrenceCsv.header() + OccurrenceCsv.rows(article(occurrences)));

        assertThat(rows).extracting(row -> row.get("text")).containsExactlyElementsOf(formulas.stream().map(f -> "'" + f).toList());
    }

    @Test
    void linesEndInCrLfAndEmptyFieldsStayEmpty() {
        String csv = OccurrenceCsv.header() + OccurrenceCsv.rows(QuoteDetail.newBuilder()
                .addAppearances(io.quotetrail.proto.quote.v1.Appearance.newBuilder().setArticleId("a-1")
                        .setOccurrence(Occurrence.newBuilder().setId("o-1").setText("plain words")))
                .build());

        assertThat(csv).isEqualTo(String.join(",", OccurrenceCsv.COLUMNS) + "\r\n"
                + ",o-1,a-1,,,,,,,plain words,,0,0,,,,\r\n");
    }

    @Test
    void anArticleWithoutQuotationsHasNoRows() {
        assertThat(OccurrenceCsv.rows(article())).isEmpty();
    }
}
