package io.tributary.marketplace.internal.catalog;

import static io.tributary.marketplace.internal.catalog.Marketplace.ADMIN;
import static io.tributary.marketplace.internal.catalog.Marketplace.MEMBER;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.fields;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Slice;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.ListingQuery.Sort;
import io.tributary.api.marketplace.Publisher;
import io.tributary.store.testing.EachDatabase;

class SearchTest {

    @EachDatabase
    void everyWordMustOccurInNameSummaryOrDescriptionWhateverItsCase(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        publish(marketplace, acme, Kind.CONNECTOR, "postgres", "PostgreSQL", "Reads and writes tables", "general");
        publish(marketplace, acme, Kind.CONNECTOR, "mariadb", "MariaDB", "Writes TABLES by upsert", "general");
        publish(marketplace, acme, Kind.INTEGRATION, "sync", "Postgres to MariaDB", "Delta table sync", "general");

        assertEquals(List.of("mariadb", "postgres", "sync"), ids(search(marketplace, "TABLE", null, null)));
        assertEquals(List.of("mariadb", "sync"), ids(search(marketplace, "  mariadb   table ", null, null)));
        assertEquals(List.of("postgres"), ids(search(marketplace, "reads writes", null, null)));
        assertEquals(List.of(), ids(search(marketplace, "tables oracle", null, null)));
    }

    @EachDatabase
    void wildcardsInWordsAreTakenLiterally(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        publish(marketplace, acme, Kind.CONNECTOR, "percent", "Fees", "Takes 100% of the_fee", "general");
        publish(marketplace, acme, Kind.CONNECTOR, "plain", "Fees", "Takes 1000 of theXfee", "general");

        assertEquals(List.of("percent"), ids(search(marketplace, "100%", null, null)));
        assertEquals(List.of("percent"), ids(search(marketplace, "the_fee", null, null)));
        assertEquals(List.of(), ids(search(marketplace, "1!0", null, null)));
    }

    @EachDatabase
    void kindAndCategoryFilter(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        publish(marketplace, acme, Kind.CONNECTOR, "postgres", "PostgreSQL", "Database", "database");
        publish(marketplace, acme, Kind.CONNECTOR, "http", "HTTP", "Web", "web");
        publish(marketplace, acme, Kind.INTEGRATION, "sync", "Sync", "Database sync", "database");

        assertEquals(List.of("http", "postgres"), ids(search(marketplace, null, Kind.CONNECTOR, null)));
        assertEquals(List.of("postgres", "sync"), ids(search(marketplace, null, null, "database")));
        assertEquals(List.of("sync"), ids(search(marketplace, "sync", Kind.INTEGRATION, "database")));
        assertEquals(List.of(), ids(search(marketplace, null, Kind.INTEGRATION, "web")));
    }

    @EachDatabase
    void installsSortsMostInstalledFirstAndPagesWithTheCursor(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        for (String id : List.of("a", "b", "c", "d", "e")) {
            publish(marketplace, acme, Kind.CONNECTOR, id, id, id, "general");
        }
        install(marketplace, "d", 3);
        install(marketplace, "b", 2);
        install(marketplace, "e", 2);

        List<List<String>> pages = pages(marketplace, Sort.INSTALLS, 2);

        assertEquals(List.of(List.of("d", "b"), List.of("e", "a"), List.of("c")), pages);
    }

    @EachDatabase
    void updatedSortsLastPublishedFirstAndPagesWithTheCursor(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        for (String id : List.of("a", "b", "c")) {
            publish(marketplace, acme, Kind.CONNECTOR, id, id, id, "general");
        }
        // d and e at the same moment: the id breaks the tie
        marketplace.clock.advance(Duration.ofSeconds(1));
        publish(marketplace, acme, Kind.CONNECTOR, "e", "e", "e", "general");
        publish(marketplace, acme, Kind.CONNECTOR, "d", "d", "d", "general");
        marketplace.clock.advance(Duration.ofSeconds(1));
        marketplace.publish(ADMIN, acme, marketplace.connector("a", "1.1.0"));

        assertEquals(List.of(List.of("a", "d"), List.of("e", "b"), List.of("c")),
                pages(marketplace, Sort.UPDATED, 2));
    }

    @EachDatabase
    void aLimitOutsideOneTo200OrAForeignCursorIsRefused(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        publish(marketplace, acme, Kind.CONNECTOR, "a", "a", "a", "general");
        publish(marketplace, acme, Kind.CONNECTOR, "b", "b", "b", "general");
        String installsCursor = marketplace.catalog.listings(MEMBER,
                new ListingQuery(null, null, null, Sort.INSTALLS, null, 1)).next();

        for (int limit : new int[] {0, 201}) {
            assertEquals(List.of("limit"), fields(problem(422, () -> marketplace.catalog.listings(MEMBER,
                    new ListingQuery(null, null, null, Sort.INSTALLS, null, limit)))));
        }
        for (String cursor : List.of("not-a-cursor", installsCursor)) {
            assertEquals(List.of("cursor"), fields(problem(422, () -> marketplace.catalog.listings(MEMBER,
                    new ListingQuery(null, null, null, Sort.UPDATED, cursor, 10)))));
        }
        assertEquals(2, marketplace.catalog.listings(MEMBER, new ListingQuery(null, null, null, null, null, 200))
                .items().size());
    }

    private static void publish(Marketplace marketplace, Publisher publisher, Kind kind, String id, String name,
            String description, String category) throws IOException {
        ObjectNode descriptor = TestJars.descriptor(id, "1.0.0").put("name", name).put("summary", "")
                .put("description", description);
        descriptor.putArray("categories").add(category);
        marketplace.publish(ADMIN, publisher, TestJars.jar(marketplace.uploads, kind, descriptor));
    }

    private static void install(Marketplace marketplace, String id, int times) {
        for (int i = 0; i < times; i++) {
            marketplace.catalog.countInstall(id, "1.0.0");
        }
    }

    private static Slice<Listing> search(Marketplace marketplace, String text, Kind kind, String category) {
        return marketplace.catalog.listings(MEMBER, new ListingQuery(text, kind, category, Sort.INSTALLS, null, 50));
    }

    private static List<List<String>> pages(Marketplace marketplace, Sort sort, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Slice<Listing> page = marketplace.catalog.listings(MEMBER,
                    new ListingQuery(null, null, null, sort, cursor, limit));
            pages.add(ids(page));
            cursor = page.next();
        } while (cursor != null);
        return pages;
    }

    private static List<String> ids(Slice<Listing> slice) {
        return slice.items().stream().map(Listing::id).toList();
    }
}
