package io.tributary.rest.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.tributary.rest.internal.matrix.AuthorizationMatrix.Row;
import io.tributary.rest.internal.openapi.Endpoint;

/** The authorization matrix lists exactly the endpoints this bundle serves, each once and consistently. */
class EveryEndpointIsInTheMatrixTest {

    /** The placeholders the matrix documents; a replayer must provide each of them. */
    static final Set<String> FIXTURES = Set.of("T", "W", "N", "Q", "C", "F", "R", "E", "K.id", "K.version",
            "K.config", "K2.id", "K2.version", "M.username", "M.password", "unique", "P", "key", "L", "L.version",
            "J", "J.version", "V", "V.version", "I", "I.slot", "I.connection", "I.settings");

    private final Map<String, Endpoint> endpoints = EndpointScanner.endpoints().stream()
            .collect(Collectors.toMap(Endpoint::toString, Function.identity()));
    private final List<Row> rows = AuthorizationMatrix.load();

    @Test
    void everyEndpointOfTheBundleHasALine() {
        List<String> missing = new ArrayList<>(endpoints.keySet());
        missing.removeAll(rows.stream().map(Row::endpoint).toList());

        assertEquals(List.of(), missing.stream().sorted().toList(),
                "Endpoints without a line in " + AuthorizationMatrix.RESOURCE + ": write down who may call them");
    }

    @Test
    void everyLineIsAnEndpointOfTheBundle() {
        List<String> stale = rows.stream().map(Row::endpoint).filter(e -> !endpoints.containsKey(e)).toList();

        assertEquals(List.of(), stale, "Lines of " + AuthorizationMatrix.RESOURCE + " for endpoints that do not exist");
    }

    @Test
    void noEndpointHasTwoLines() {
        List<String> names = rows.stream().map(Row::endpoint).toList();

        assertEquals(names.size(), Set.copyOf(names).size(), names::toString);
    }

    @Test
    void exactlyTheUnauthenticatedEndpointsAnswerWithoutAToken() {
        for (Row row : rows) {
            Endpoint endpoint = endpoints.get(row.endpoint());
            boolean open = endpoint != null && endpoint.open();
            for (String caller : List.of("none", "expired", "revoked")) {
                assertEquals(open, row.expected(caller) != 401, row.endpoint() + " as " + caller);
            }
            if (open) {
                assertEquals(1, Set.copyOf(row.statuses()).size(), row.endpoint() + " answers every caller alike");
            }
        }
    }

    @Test
    void validCallersAreNeverUnauthorized() {
        for (Row row : rows) {
            assertFalse(row.statuses().subList(3, 8).contains(401), row.endpoint());
            assertTrue(row.statuses().stream().allMatch(s -> s >= 200 && s < 600), row.endpoint());
        }
    }

    @Test
    void everyRequestFitsItsTemplate() {
        for (Row row : rows) {
            String template = row.endpoint().substring(row.method().length() + 1);
            String pattern = template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.");
            String path = row.request().split("\\?", 2)[0];

            assertTrue(path.matches(pattern), row.request() + " does not fit " + template);
        }
    }

    @Test
    void requestsUseOnlyDocumentedFixtures() {
        for (Row row : rows) {
            List<String> unknown = row.placeholders().stream().filter(name -> !FIXTURES.contains(name)).toList();

            assertEquals(List.of(), unknown, row.endpoint());
        }
    }

    @Test
    void scannerSeesTheBundleButNotTheTestResources() {
        assertTrue(endpoints.containsKey("GET /health"), endpoints.keySet()::toString);
        assertTrue(endpoints.containsKey("DELETE /workspaces/{id}/members/{userId}"), endpoints.keySet()::toString);
        assertFalse(endpoints.containsKey("GET /orders"), "a test resource was scanned");
    }
}
