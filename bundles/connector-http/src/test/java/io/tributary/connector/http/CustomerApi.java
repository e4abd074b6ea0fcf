package io.tributary.connector.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

/**
 * A customer API served by WireMock: 25 customers ({@code c01}..{@code c25}), 10 per page, readable with every
 * pagination style under its own path ({@code /page/customers}, ...). Written so that a subclass of the shared
 * connector contract test can use it as its seeded source: {@link #stubAll()}, {@link #connection()} and
 * {@link #sourceConfig(String)} are all it needs.
 */
final class CustomerApi {

    static final int TOTAL = 25;
    static final int PAGE_SIZE = 10;
    static final List<String> PAGED_STYLES = List.of("page", "offset", "cursor", "link");
    static final Instant FIRST_UPDATE = Instant.parse("2024-03-01T00:00:00Z");

    private final WireMock wireMock;
    private final String baseUrl;

    CustomerApi(WireMock wireMock, String baseUrl) {
        this.wireMock = wireMock;
        this.baseUrl = baseUrl;
    }

    /** Customer {@code n} (1-based): updated n hours after {@link #FIRST_UPDATE}. */
    static ObjectNode customer(int n) {
        return Json.MAPPER.createObjectNode().put("id", key(n)).put("name", "Customer " + n)
                .put("updatedAt", FIRST_UPDATE.plus(n, ChronoUnit.HOURS).toString());
    }

    static String key(int n) {
        return String.format("c%02d", n);
    }

    static List<String> allKeys() {
        return IntStream.rangeClosed(1, TOTAL).mapToObj(CustomerApi::key).toList();
    }

    ObjectNode connection() {
        return Json.MAPPER.createObjectNode().put("baseUrl", baseUrl);
    }

    /** The {@code get} operation's config for a pagination style: none, page, offset, cursor or link. */
    static ObjectNode sourceConfig(String style) {
        ObjectNode config = Json.MAPPER.createObjectNode().put("path", "/" + style + "/customers").put("keyField", "id");
        ObjectNode pagination = config.putObject("pagination").put("type", style);
        if (!style.equals("none")) {
            config.put("recordsPointer", "/data");
        }
        if (style.equals("cursor")) {
            pagination.put("nextCursorPointer", "/meta/next").put("sizeParam", "limit");
        } else if (style.equals("link")) {
            pagination.put("sizeParam", "per_page");
        }
        return config;
    }

    void stubAll() {
        wireMock.register(get(urlEqualTo("/none/customers")).willReturn(okJson(customers(1, TOTAL).toString())));
        for (int page = 1; page <= 3; page++) {
            int first = (page - 1) * PAGE_SIZE + 1;
            wireMock.register(get(urlPathEqualTo("/page/customers")).withQueryParam("page", equalTo("" + page))
                    .withQueryParam("size", equalTo("10")).willReturn(okJson(data(first).toString())));
            wireMock.register(get(urlPathEqualTo("/offset/customers")).withQueryParam("offset", equalTo("" + (first - 1)))
                    .withQueryParam("limit", equalTo("10")).willReturn(okJson(data(first).toString())));
            stubCursorPage(first);
            stubLinkPage(first);
        }
    }

    private void stubCursorPage(int first) {
        ObjectNode body = data(first);
        int last = Math.min(first + PAGE_SIZE - 1, TOTAL);
        body.putObject("meta").put("next", last < TOTAL ? "after-" + key(last) : null);
        MappingBuilder request = get(urlPathEqualTo("/cursor/customers")).withQueryParam("limit", equalTo("10"))
                .withQueryParam("cursor", first == 1 ? absent() : equalTo("after-" + key(first - 1)));
        wireMock.register(request.willReturn(okJson(body.toString())));
    }

    /** The first page links absolutely, the second relatively and among other relations, the last not at all. */
    private void stubLinkPage(int first) {
        int last = Math.min(first + PAGE_SIZE - 1, TOTAL);
        String next = "/link/customers?after=" + key(last) + "&per_page=10";
        String link = first == 1 ? "<" + baseUrl + next + ">; rel=\"next\""
                : last < TOTAL ? "</link/customers?per_page=10>; rel=\"first\", <" + next + ">; rel=\"next\""
                : "</link/customers?per_page=10>; rel=\"first\"";
        MappingBuilder request = get(urlPathEqualTo("/link/customers")).withQueryParam("per_page", equalTo("10"))
                .withQueryParam("after", first == 1 ? absent() : equalTo(key(first - 1)));
        wireMock.register(request.willReturn(okJson(data(first).toString()).withHeader("Link", link)));
    }

    private static ObjectNode data(int first) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("data", customers(first, Math.min(first + PAGE_SIZE - 1, TOTAL)));
        return body;
    }

    static ArrayNode customers(int first, int last) {
        ArrayNode customers = Json.MAPPER.createArrayNode();
        IntStream.rangeClosed(first, last).forEach(n -> customers.add(customer(n)));
        return customers;
    }

    /** Reads page after page from a cursor (null: the start) until the last, as the platform does. */
    static List<Record> readAll(Source source, String cursor) throws ConnectorException {
        List<Record> records = new ArrayList<>();
        String next = cursor;
        do {
            Page page = source.read(new PageRequest(next, PAGE_SIZE, null));
            records.addAll(page.records());
            next = page.next();
        } while (next != null);
        return records;
    }

    static List<String> keys(List<Record> records) {
        return records.stream().map(Record::key).toList();
    }
}
