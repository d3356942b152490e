package io.quotetrail.source.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.quotetrail.source.RandomPortTestResource;
import io.quotetrail.source.model.SourceKind;
import io.quotetrail.source.service.SourceRegistryService.SeedSource;
import io.quotetrail.stack.testing.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(RandomPortTestResource.class)
class RegistrySeederTest {

    @Inject
    SourceRegistryService registry;

    @Test
    void theSeedFileIsReadWhole() {
        List<SeedSource> seeds = RegistrySeeder.read("registry/sources.json");
        assertThat(seeds).hasSizeGreaterThan(100);
        assertThat(seeds).filteredOn(seed -> seed.name().equals("KCNA")).singleElement()
                .satisfies(kcna -> assertThat(kcna.kind()).isEqualTo(SourceKind.STATE_MEDIA));
    }

    @Test
    void loadingTheSeedAgainCreatesNothing() throws Throwable {
        List<SeedSource> seeds = RegistrySeeder.read("registry/sources.json");
        Integer created = VertxContextSupport.subscribeAndAwait(() -> registry.seed(seeds));
        assertThat(created).isZero();
    }

    @Test
    void aSeedFoundByAnAliasGainsItsMissingNamesAndDomains() throws Throwable {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SeedSource first = new SeedSource("Seedling Courier " + suffix, SourceKind.OUTLET,
                List.of("SC " + suffix), List.of(), null);
        SeedSource extended = new SeedSource("The Seedling Courier Daily " + suffix, SourceKind.OUTLET,
                List.of("SC " + suffix, "Courier " + suffix), List.of("seedling-" + suffix + ".example"), "wikidata:Q1");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> registry.seed(List.of(first)))).isEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> registry.seed(List.of(extended)))).isZero();

        SourcePage page = VertxContextSupport.subscribeAndAwait(() -> registry.listSources(10, "", "courier " + suffix, null));
        assertThat(page.sources()).singleElement().satisfies(source -> {
            assertThat(source.name()).isEqualTo("Seedling Courier " + suffix);
            assertThat(source.aliases()).contains("SC " + suffix, "Courier " + suffix,
                    "The Seedling Courier Daily " + suffix);
            assertThat(source.domains()).containsExactly("seedling-" + suffix + ".example");
            assertThat(source.externalId()).isEqualTo("wikidata:Q1");
        });
    }
}
