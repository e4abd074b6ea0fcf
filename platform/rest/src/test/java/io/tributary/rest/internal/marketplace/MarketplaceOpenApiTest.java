package io.tributary.rest.internal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.Fakes;

/** What clients generated from the OpenAPI document see of the marketplace. */
class MarketplaceOpenApiTest {

    private ApiServer server;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        Fakes.registerAll(server);
        document = ApiServer.json(server.get("/api/v1/openapi.json"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void publishIsAMultipartFormWithTheArtifactAndSignatureRequired() {
        JsonNode form = document.at("/paths/~1marketplace~1publish/post/requestBody/content/multipart~1form-data/schema");

        assertEquals("[\"artifact\",\"signature\"]", form.get("required").toString(), form::toPrettyString);
        assertEquals("binary", form.at("/properties/artifact/format").asText(), form::toPrettyString);
        assertEquals("string", form.at("/properties/publisher/type").asText());
        assertEquals("string", form.at("/properties/changelog/type").asText());
    }

    @Test
    void theListingDetailHasTheListingsFieldsNextToItsVersions() {
        JsonNode detail = document.at("/components/schemas/ListingDetail/properties");

        assertEquals("[\"connector\",\"integration\"]", detail.at("/kind/enum").toString(), detail::toPrettyString);
        assertEquals("string", detail.at("/latestVersion/type").asText(), detail::toPrettyString);
        assertEquals("#/components/schemas/ListingVersion", detail.at("/versions/items/$ref").asText());
        assertEquals("[\"active\",\"deprecated\",\"yanked\"]",
                document.at("/components/schemas/ListingVersion/properties/status/enum").toString());
    }
}
