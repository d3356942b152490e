package io.quotetrail.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Keycloak access tokens for the benchmark's user, fetched again well before they expire. */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A token is replaced this long before its expiry, so no call starts with one about to lapse. */
    private static final long MARGIN_SECONDS = 60;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String form;
    private String token;
    private Instant renewAt = Instant.MIN;

    Tokens(URI endpoint, String client, String user, String password) {
        this.endpoint = endpoint;
        this.form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(user)
                + "&password=" + encode(password);
    }

    synchronized String current() {
        if (Instant.now().isBefore(renewAt)) {
            return token;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            token = body.get("access_token").asText();
            long lifetime = body.path("expires_in").asLong(300);
            renewAt = Instant.now().plusSeconds(Math.max(5, lifetime - MARGIN_SECONDS));
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the token endpoint " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
