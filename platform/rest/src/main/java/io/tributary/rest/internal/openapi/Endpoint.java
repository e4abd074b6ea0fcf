package io.tributary.rest.internal.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import io.tributary.rest.internal.auth.Unauthenticated;
import io.tributary.rest.internal.idempotency.Idempotent;

/**
 * One HTTP method on one path template of the API, as JAX-RS annotations declare it, e.g.
 * {@code GET /workspaces/{id}}. Paths are relative to the API's base path and written as OpenAPI writes them.
 *
 * @param httpMethod   upper case, e.g. {@code POST}
 * @param path         the template, starting with '/', parameter regular expressions removed
 * @param javaMethod   the resource method that serves it
 */
public record Endpoint(String httpMethod, String path, Method javaMethod) {

    /** Whether it answers without a bearer token. */
    public boolean open() {
        return javaMethod.isAnnotationPresent(Unauthenticated.class);
    }

    /** Whether it honours {@code Idempotency-Key}. */
    public boolean idempotent() {
        return javaMethod.isAnnotationPresent(Idempotent.class)
                || javaMethod.getDeclaringClass().isAnnotationPresent(Idempotent.class);
    }

    @Override
    public String toString() {
        return httpMethod + " " + path;
    }

    /**
     * The endpoints of a root resource class, sorted by path then method; none for a class without {@link Path}.
     *
     * @throws IllegalArgumentException for a sub-resource locator, whose endpoints cannot be known from its class
     */
    public static List<Endpoint> of(Class<?> resourceClass) {
        Path root = resourceClass.getAnnotation(Path.class);
        if (root == null) {
            return List.of();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : resourceClass.getMethods()) {
            Path sub = method.getAnnotation(Path.class);
            String httpMethod = httpMethodOf(method);
            if (httpMethod == null && sub != null) {
                throw new IllegalArgumentException("Sub-resource locators are not supported: " + method);
            }
            if (httpMethod != null && !Modifier.isStatic(method.getModifiers())) {
                endpoints.add(new Endpoint(httpMethod, template(root.value(), sub), method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static String httpMethodOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String template(String root, Path sub) {
        String joined = "/" + root + (sub == null ? "" : "/" + sub.value());
        String path = joined.replaceAll("/+", "/").replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
