package io.quotetrail.quote.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.QuoteServiceGrpc;
import io.quotetrail.quote.testing.SourceServiceDoubleResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import io.smallrye.jwt.build.Jwt;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A fresh store gets planner statistics as it grows (the bug: plans made on the empty tables read them
 * sequentially until autovacuum's first analysis, minutes later). Its own database, so the store is empty
 * when the test starts.
 */
@QuarkusTest
@TestProfile(PlannerStatisticsTest.AnalyseEarly.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "database", value = "quotetrail_quote_statistics_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SourceServiceDoubleResource.class, restrictToAnnotatedClass = true)
class PlannerStatisticsTest {

    /** The first analysis after 4 stored occurrences, then at 8, 16… */
    public static class AnalyseEarly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotetrail.statistics.first-analysis-after", "4");
        }
    }

    @TestHTTPResource("/")
    URL baseUrl;

    @Test
    void aFreshStoreIsAnalysedOnceItHasStoredTheFirstOccurrencesAndAgainWhenItDoubles() throws Exception {
        List<Long> fresh = occurrenceStatistics();
        assertThat(fresh.get(0)).as("nothing analysed before the first ingest").isZero();
        assertThat(fresh.get(1)).as("the planner knows no rows").isLessThanOrEqualTo(0L);

        ingest(1, 3);
        Thread.sleep(500);
        assertThat(occurrenceStatistics().get(0)).as("3 occurrences: not due yet").isZero();

        ingest(2, 2);
        assertThat(awaitStatistics(List.of(1L, 5L))).as("5 occurrences: analysed once, the planner counts 5 rows")
                .containsExactly(1L, 5L);

        ingest(3, 4);
        Thread.sleep(500);
        assertThat(occurrenceStatistics().get(0)).as("9 occurrences: the next is due at 10").isEqualTo(1L);

        ingest(4, 1);
        assertThat(awaitStatistics(List.of(2L, 10L))).containsExactly(2L, 10L);
    }

    /** One article of {@code quotations} quotations of one speaker. */
    private void ingest(int article, int quotations) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < quotations; i++) {
            text.append("\u201CThe reservoir on the north side will hold water by spring number %d and %d,\u201D Ilse Varga said.\n\n"
                    .formatted(article, i));
        }
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", baseUrl.getPort()).usePlaintext().build();
        try {
            int stored = QuoteServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer()))
                    .ingestArticle(IngestArticleRequest.newBuilder().setExternalId("statistics-" + article)
                            .setOutlet("Lakeside Ledger").setPublishedAt("2025-05-0" + article).setText(text.toString()).build())
                    .getArticle().getOccurrencesCount();
            assertThat(stored).as("occurrences of article %d", article).isEqualTo(quotations);
        } finally {
            channel.shutdownNow();
        }
    }

    private List<Long> awaitStatistics(List<Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Long> seen = occurrenceStatistics();
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = occurrenceStatistics();
        }
        return seen;
    }

    /** How often the occurrence table was analysed by a statement (not autovacuum), and the rows the planner counts. */
    private static List<Long> occurrenceStatistics() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            // Statistics views show a snapshot per transaction; each call here opens a new one.
            try (ResultSet row = connection.createStatement().executeQuery(
                    "select s.analyze_count, c.reltuples::bigint from pg_stat_user_tables s join pg_class c on c.oid = s.relid"
                            + " where s.relname = 'occurrence'")) {
                row.next();
                return List.of(row.getLong(1), row.getLong(2));
            }
        }
    }

    private static Metadata bearer() {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + Jwt.preferredUserName("tester")
                .claim("realm_access", Map.of("roles", List.of("editor"))).issuer("https://server.example.com").sign());
        return headers;
    }
}
