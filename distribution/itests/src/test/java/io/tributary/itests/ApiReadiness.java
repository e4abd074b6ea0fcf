package io.tributary.itests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * Health covers the store and sign-in only: the other services' endpoints join the API a moment later, each with
 * its service. Tests wait for one endpoint of each before they start.
 */
final class ApiReadiness {

    /** One endpoint of each service behind the API: tenancy, engine, marketplace catalog and installer, integrations. */
    private static final List<String> SERVICE_ENDPOINTS = List.of("/api/v1/tenants", "/api/v1/workspaces",
            "/api/v1/flows", "/api/v1/marketplace/listings", "/api/v1/marketplace/installed", "/api/v1/integrations");

    private ApiReadiness() {
    }

    /** Waits, as a signed-in operator, until every service's endpoints are served. */
    static void awaitServices(Http operator) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> SERVICE_ENDPOINTS.stream().allMatch(path -> operator.get(path).status() == 200));
    }
}
