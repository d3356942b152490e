package io.quotetrail.source.grpc;

import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.ListSourcesRequest;
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MergeSourcesRequest;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.proto.source.v1.SourceService;
import io.quotetrail.proto.source.v1.UpsertSourceRequest;
import io.quotetrail.source.Callers;
import io.quotetrail.source.RandomPortTestResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.quotetrail.source.Callers.TIMEOUT;
import static io.quotetrail.source.grpc.SourceRegistryGrpcTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

/** The bearer token in the gRPC metadata authenticates the caller; its realm roles authorize the call. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(RandomPortTestResource.class)
class SourceServiceSecurityTest {

    private static final ResolveMentionsRequest RESOLVE_AFP = ResolveMentionsRequest.newBuilder()
            .addMentions(Mention.newBuilder().setText("AFP")).build();
    private static final UpsertSourceRequest CREATE = UpsertSourceRequest.newBuilder()
            .setSource(Source.newBuilder().setName("Unauthorized Outlet").setKind(SourceKind.OUTLET)).build();

    @GrpcClient(RandomPortTestResource.CLIENT)
    SourceService client;

    @Test
    void aCallWithoutTokenIsUnauthenticated() {
        assertStatus(() -> client.listSources(ListSourcesRequest.getDefaultInstance()).await().atMost(TIMEOUT),
                Status.Code.UNAUTHENTICATED, "");
        assertStatus(() -> client.resolveMentions(RESOLVE_AFP).await().atMost(TIMEOUT),
                Status.Code.UNAUTHENTICATED, "");
    }

    @Test
    void aCallWithAForgedOrExpiredTokenIsUnauthenticated() {
        assertStatus(() -> Callers.as(client, "not.a.jwt").getSource(GetSourceRequest.newBuilder()
                .setId("00000000-0000-0000-0000-000000000000").build()).await().atMost(TIMEOUT),
                Status.Code.UNAUTHENTICATED, "");
        String expired = io.smallrye.jwt.build.Jwt.preferredUserName("reader").issuer("https://server.example.com")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("reader")))
                .issuedAt(1_000_000L).expiresAt(1_000_060L).sign();
        assertStatus(() -> Callers.as(client, expired).listSources(ListSourcesRequest.getDefaultInstance())
                .await().atMost(TIMEOUT), Status.Code.UNAUTHENTICATED, "");
    }

    @Test
    void aReaderMayReadButNotWrite() {
        ListSourcesResponse page = Callers.reader(client).listSources(ListSourcesRequest.newBuilder().setQuery("Reuters").build())
                .await().atMost(TIMEOUT);
        assertThat(page.getSourcesList()).extracting(Source::getName).contains("Reuters");

        assertStatus(() -> Callers.reader(client).resolveMentions(RESOLVE_AFP).await().atMost(TIMEOUT),
                Status.Code.PERMISSION_DENIED, "roles do not allow");
        assertStatus(() -> Callers.reader(client).upsertSource(CREATE).await().atMost(TIMEOUT),
                Status.Code.PERMISSION_DENIED, "roles do not allow");
        assertStatus(() -> Callers.reader(client).mergeSources(MergeSourcesRequest.newBuilder()
                        .setFromId("00000000-0000-0000-0000-000000000001").setIntoId("00000000-0000-0000-0000-000000000002")
                        .build()).await().atMost(TIMEOUT),
                Status.Code.PERMISSION_DENIED, "roles do not allow");
        ListSourcesResponse afterDenied = Callers.reader(client)
                .listSources(ListSourcesRequest.newBuilder().setQuery("Unauthorized Outlet").build()).await().atMost(TIMEOUT);
        assertThat(afterDenied.getSourcesList()).isEmpty();
    }

    @Test
    void aTokenWithoutRolesMayDoNothing() {
        assertStatus(() -> Callers.as(client, Callers.token("nobody")).listSources(ListSourcesRequest.getDefaultInstance())
                .await().atMost(TIMEOUT), Status.Code.PERMISSION_DENIED, "roles do not allow");
    }

    @Test
    void anEditorMayResolve() {
        var response = Callers.editor(client).resolveMentions(RESOLVE_AFP).await().atMost(TIMEOUT);
        assertThat(response.getResolutions(0).getSource().getName()).isEqualTo("AFP");
    }
}
