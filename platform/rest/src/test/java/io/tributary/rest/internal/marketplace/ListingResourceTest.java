package io.tributary.rest.internal.marketplace;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeCatalog;
import io.tributary.rest.internal.testing.TestCallers;

class ListingResourceTest {

    private final FakeCatalog catalog = new FakeCatalog();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new ListingResource(catalog));
        server.actAs(TestCallers.MONITOR);
        catalog.addListing("postgresql", "1.0.0", "1.1.0");
        catalog.addListing("mariadb", "2.0.0");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void searchPassesEveryFilterOnAndTheCatalogsCursorBack() throws Exception {
        JsonNode page = ApiServer.json(server.get("/api/v1/marketplace/listings?q=sync%20table&kind=connector"
                + "&category=databases&sort=updated&limit=1&cursor=0"));

        assertEquals(new ListingQuery("sync table", Kind.CONNECTOR, "databases", ListingQuery.Sort.UPDATED, "0", 1),
                catalog.lastQuery);
        assertEquals(TestCallers.MONITOR, catalog.lastCaller);
        assertEquals("mariadb", page.at("/items/0/id").asText());
        assertEquals("1", page.get("next").asText());
    }

    @Test
    void searchWithoutParametersIsTheFirstPageOfAllByInstalls() throws Exception {
        JsonNode page = ApiServer.json(server.get("/api/v1/marketplace/listings?q=&category="));

        assertEquals(new ListingQuery(null, null, null, ListingQuery.Sort.INSTALLS, null, ListPage.DEFAULT_LIMIT),
                catalog.lastQuery);
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("next").isNull());
    }

    @Test
    void aListingIsWrittenWithTheFieldNamesRuntimesRead() throws Exception {
        JsonNode listing = ApiServer.json(server.get("/api/v1/marketplace/listings?kind=connector")).at("/items/1");

        assertEquals(List.of("id", "kind", "name", "summary", "description", "categories", "icon", "publisherId",
                "publisherName", "latestVersion", "installs", "createdAt", "updatedAt"), names(listing));
        assertEquals("connector", listing.get("kind").asText());
        assertEquals("2026-03-01T11:00:00Z", listing.get("updatedAt").asText());
        assertEquals("[\"databases\"]", listing.get("categories").toString());
    }

    @ParameterizedTest
    @CsvSource({"kind=CONNECTOR,kind", "kind=plugin,kind", "sort=name,sort", "limit=0,limit", "limit=201,limit",
            "limit=ten,limit"})
    void aBadParameterIs400NamingIt(String query, String parameter) throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/marketplace/listings?" + query), 400);

        assertEquals(parameter, problem.at("/errors/0/field").asText());
    }

    @Test
    void theDetailHasTheListingsFieldsThenItsVersionsNewestFirst() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/marketplace/listings/postgresql");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode detail = ApiServer.json(response);
        assertEquals(List.of("id", "kind", "name", "summary", "description", "categories", "icon", "publisherId",
                "publisherName", "latestVersion", "installs", "createdAt", "updatedAt", "versions"), names(detail));
        assertEquals("1.1.0", detail.get("latestVersion").asText());
        assertEquals("1.1.0", detail.at("/versions/0/version").asText());
        assertEquals("1.0.0", detail.at("/versions/1/version").asText());
        JsonNode version = detail.at("/versions/0");
        assertEquals(List.of("listingId", "version", "sha256", "size", "signature", "publisherId", "platformRange",
                "dependencies", "changelog", "publishedAt", "installs", "status", "statusReason"), names(version));
        assertEquals("active", version.get("status").asText());
        assertEquals("[{\"listingId\":\"http\",\"range\":\"[1.0,2)\"}]", version.get("dependencies").toString());
        assertEquals("2026-03-01T10:00:00Z", version.get("publishedAt").asText());
    }

    @Test
    void aRuntimeCountsItsInstallOfAKnownVersion() throws Exception {
        HttpResponse<String> counted = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/marketplace/listings/postgresql/versions/1.0.0/installs"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(204, counted.statusCode(), counted::body);
        assertEquals(List.of("postgresql 1.0.0"), catalog.counted);
        assertProblem(server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/marketplace/listings/postgresql/versions/9.9.9/installs"))
                .POST(HttpRequest.BodyPublishers.noBody())), 404);
        assertEquals(1, catalog.counted.size());
    }

    @Test
    void anUnknownListingIs404() throws Exception {
        assertProblem(server.get("/api/v1/marketplace/listings/nope"), 404);
    }

    @Test
    void deprecatePassesTheReasonAndAnswersTheVersion() throws Exception {
        HttpResponse<String> response = server.postJson(
                "/api/v1/marketplace/listings/postgresql/versions/1.0.0/deprecate", "{\"reason\": \"use 1.1\"}");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode version = ApiServer.json(response);
        assertEquals("deprecated", version.get("status").asText());
        assertEquals("use 1.1", version.get("statusReason").asText());
        assertEquals("use 1.1", catalog.lastReason);
    }

    @Test
    void yankNeedsNoBody() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/marketplace/listings/postgresql/versions/1.1.0/yank"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("yanked", ApiServer.json(response).get("status").asText());
        assertNull(catalog.lastReason);
        assertEquals(TestCallers.MONITOR, catalog.lastCaller);
    }

    @Test
    void anUnknownFieldInTheStatusBodyIs400NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson(
                "/api/v1/marketplace/listings/postgresql/versions/1.0.0/yank", "{\"why\": \"broken\"}"), 400);

        assertEquals("why", problem.at("/errors/0/field").asText());
    }

    @Test
    void anUnknownVersionIs404() throws Exception {
        assertProblem(server.postJson("/api/v1/marketplace/listings/postgresql/versions/9.9.9/yank", "{}"), 404);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
