package io.tributary.rest.internal.tenancy;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.AuditEntry;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeAudit;
import io.tributary.rest.internal.testing.TestCallers;

class AuditResourceTest {

    private final FakeAudit audit = new FakeAudit();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new AuditResource(audit));
        server.actAs(TestCallers.MONITOR);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void queryIsPassedToTheService() throws Exception {
        server.get("/api/v1/audit?workspace=w-orders&since=2026-02-01T00:00:00Z");

        assertEquals(new FakeAudit.Query("w-orders", Instant.parse("2026-02-01T00:00:00Z"), AuditResource.WINDOW),
                audit.lastQuery);
    }

    @Test
    void entriesArePagedNewestFirst() throws Exception {
        audit.entries.add(entry("a-1", "2026-02-01T10:00:00Z"));
        audit.entries.add(entry("a-3", "2026-02-03T10:00:00.5Z"));
        audit.entries.add(entry("a-2", "2026-02-02T10:00:00Z"));

        JsonNode first = ApiServer.json(server.get("/api/v1/audit?limit=2"));
        JsonNode second = ApiServer.json(server.get("/api/v1/audit?limit=2&cursor=" + first.get("next").asText()));

        assertEquals("a-3", first.at("/items/0/id").asText());
        assertEquals("a-2", first.at("/items/1/id").asText());
        assertEquals("a-1", second.at("/items/0/id").asText());
        assertTrue(second.get("next").isNull());
        assertEquals("connection.update", second.at("/items/0/action").asText());
    }

    @Test
    void malformedSinceIs400NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/audit?since=yesterday"), 400);

        assertEquals("since", problem.at("/errors/0/field").asText());
    }

    private static AuditEntry entry(String id, String at) {
        return new AuditEntry(id, Instant.parse(at), "u-manager", "manager", TestCallers.TENANT, "w-orders",
                "connection.update", "connection:c-1", null, null);
    }
}
