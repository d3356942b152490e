package io.quotetrail.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaValidatorTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: example/web:1
                      %s
                      ports:
                        - {name: http, containerPort: 8080}
                      resources:
                        limits: {cpu: "1", memory: 512Mi}
                      startupProbe:
                        grpc: {port: 9000}
            """;

    @Test
    void acceptsAWellFormedDeployment() {
        assertThatCode(() -> SchemaValidator.validate(yaml(DEPLOYMENT.formatted("imagePullPolicy: Always"))))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAMisspelledFieldAndNamesItAndItsPlaceInTheSchema() {
        assertThatThrownBy(() -> SchemaValidator.validate(yaml(DEPLOYMENT.formatted("imagePullPolcy: Always"))))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("Deployment web")
                .hasMessageContaining("`imagePullPolcy`")
                .hasMessageContaining("V1Container");
    }

    @Test
    void rejectsAMissingRequiredField() {
        String withoutContainerName = DEPLOYMENT.formatted("").replace("- name: web\n", "- \n");
        assertThatThrownBy(() -> SchemaValidator.validate(yaml(withoutContainerName)))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("`name`");
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        String wordForPort = DEPLOYMENT.formatted("").replace("containerPort: 8080", "containerPort: eighty");
        assertThatThrownBy(() -> SchemaValidator.validate(yaml(wordForPort)))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("does not fit its type")
                .hasMessageContaining("\"eighty\"");
        String listForWord = DEPLOYMENT.formatted("imagePullPolicy: [Always]");
        assertThatThrownBy(() -> SchemaValidator.validate(yaml(listForWord)))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("imagePullPolicy");
    }

    @Test
    void rejectsAKindOutsideItsApiGroup() {
        assertThatThrownBy(() -> SchemaValidator.validate(yaml(DEPLOYMENT.formatted("").replace("apps/v1", "v1"))))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("no known schema for apiVersion 'v1' and kind 'Deployment'");
    }

    private static JsonNode yaml(String text) {
        return Manifests.parse(text).getFirst();
    }
}
