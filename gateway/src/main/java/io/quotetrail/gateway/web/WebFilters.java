package io.quotetrail.gateway.web;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quotetrail.gateway.rest.dto.ApiError;
import io.quotetrail.gateway.rest.error.ErrorResponses;

/**
 * The web app's two cross-cutting rules. Its errors are pages, not JSON: every error the REST layer maps to
 * {@link ApiError} (bad input, 403, 404, a backend outage) is shown with the same status and message. And a
 * form post must come from the app's own pages: the session cookie is SameSite=Lax, and the Origin (else
 * Referer) header must name this host, so another site cannot post a form with the user's session.
 */
public class WebFilters {

    private static final String APP_PATH = "/app";

    @ServerRequestFilter
    public Optional<Response> sameOriginPosts(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !isApp(request)) {
            return Optional.empty();
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            origin = request.getHeaderString("Referer");
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (origin == null || host == null || !host.equalsIgnoreCase(authorityOf(origin))) {
            return Optional.of(ErrorResponses.response(403, "a form may only be sent from QuoteTrail's own pages", null));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void errorPages(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isApp(request) || !(response.getEntity() instanceof ApiError error)) {
            return;
        }
        // No viewer: the error may be that there is no usable identity, and resolving one here could block.
        response.setEntity(WebApp.Templates.error(null, error.status(), error.error(),
                error.message()).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static boolean isApp(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals(APP_PATH) || path.startsWith(APP_PATH + "/");
    }

    private static String authorityOf(String url) {
        try {
            return URI.create(url.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
