package io.quotetrail.gateway.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quotetrail.gateway.rest.error.ErrorResponses;

/**
 * 406 when the Accept header allows none of the media types a REST API path offers. Quarkus REST does not refuse
 * such a request by itself: where several methods share a path (JSON, DOT, JSON-LD, CSV), it falls back on the
 * first, so a client asking for a format that is not offered would get another one without a word.
 */
public class NotAcceptableFilter {

    @ServerRequestFilter
    public Optional<Response> refuseUnofferedFormats(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> resourceClass = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (resourceClass == null || method == null || !resourceClass.getPackageName().equals(getClass().getPackageName())) {
            return Optional.empty();
        }
        Set<MediaType> offered = offeredAtThisPath(resourceClass, method);
        if (offered.isEmpty() || request.getAcceptableMediaTypes().stream()
                .filter(NotAcceptableFilter::acceptable)
                .anyMatch(wanted -> offered.stream().anyMatch(wanted::isCompatible))) {
            return Optional.empty();
        }
        return Optional.of(ErrorResponses.response(406, "the Accept header allows none of the media types offered here: "
                + String.join(", ", offered.stream().map(type -> type.getType() + "/" + type.getSubtype()).sorted().toList()),
                null));
    }

    /** What every method of the class answering the same HTTP method on the same path produces. */
    private static Set<MediaType> offeredAtThisPath(Class<?> resourceClass, Method selected) {
        String path = pathOf(selected);
        Class<? extends Annotation> httpMethod = httpMethodOf(selected);
        Set<MediaType> offered = new LinkedHashSet<>();
        for (Method method : resourceClass.getMethods()) {
            if (Objects.equals(pathOf(method), path) && httpMethod != null && method.isAnnotationPresent(httpMethod)) {
                Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                        : resourceClass.getAnnotation(Produces.class);
                if (produces != null) {
                    Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(",")))
                            .map(value -> MediaType.valueOf(value.strip())).forEach(offered::add);
                }
            }
        }
        return offered;
    }

    private static String pathOf(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? null : path.value();
    }

    private static Class<? extends Annotation> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return annotation.annotationType();
            }
        }
        return null;
    }

    /** A media range with q=0 is one the client refuses. */
    private static boolean acceptable(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return true;
        }
        try {
            return Double.parseDouble(q) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
