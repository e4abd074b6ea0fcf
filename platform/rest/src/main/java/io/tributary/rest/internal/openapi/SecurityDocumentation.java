package io.tributary.rest.internal.openapi;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.tributary.rest.internal.idempotency.Idempotent;

/**
 * What the annotations of our filters mean, written into the OpenAPI document: a bearer token is needed
 * everywhere but on {@code @Unauthenticated} operations, and {@code @Idempotent} operations take an
 * {@code Idempotency-Key} header.
 */
final class SecurityDocumentation {

    static final String SCHEME = "bearer";

    private SecurityDocumentation() {
    }

    static void apply(OpenAPI document, Collection<Class<?>> resourceClasses) {
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        document.components(components.addSecuritySchemes(SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A token from POST /auth/login, or an API token from POST /tokens")));
        document.security(List.of(new SecurityRequirement().addList(SCHEME)));
        for (Class<?> resourceClass : resourceClasses) {
            for (Endpoint endpoint : Endpoint.of(resourceClass)) {
                decorate(operation(document, endpoint), endpoint);
            }
        }
    }

    private static void decorate(Operation operation, Endpoint endpoint) {
        if (endpoint.open()) {
            operation.setSecurity(List.of()); // overrides the document's requirement
        }
        if (endpoint.idempotent()) {
            operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER).required(false)
                    .schema(new StringSchema().maxLength(255))
                    .description("Repeating the request with the same key and body within 24 hours returns the "
                            + "first response instead of creating again; the same key with another body is a 422."));
        }
    }

    private static Operation operation(OpenAPI document, Endpoint endpoint) {
        PathItem item = document.getPaths() == null ? null : document.getPaths().get(endpoint.path());
        PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(endpoint.httpMethod().toUpperCase(Locale.ROOT));
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        if (operation == null) {
            throw new IllegalStateException("The OpenAPI document lacks " + endpoint);
        }
        return operation;
    }
}
