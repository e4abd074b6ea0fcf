package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.destination;
import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;

/** Many threads send pages through one pipeline at once; every record comes out as if it had been alone. */
class ConcurrentPagesTest {

    private static final int THREADS = 8;
    private static final int PAGES = 40;
    private static final int PAGE_SIZE = 250;

    private final Pipeline pipeline = new StepPipeline(new Scope(List.of(
            new MapStep("steps[0]:shape", jsonata("{'id': id, 'total': qty * price, 'tag': 't' & id, 'group': id % 3}"),
                    jsonata("'o-' & id")),
            new FilterStep("steps[1]:odd", jsonata("id % 2 = 1")),
            new LookupStep("steps[2]:group", lookup("steps[2]:group"), null, "groupName", true,
                    new LookupStep.Match(jsonata("group"), jsonata("g")), 100),
            new BranchStep("steps[3]:by-group", true, List.of(
                    new BranchStep.Route("steps[3]:by-group/routes[0]:zero", jsonata("group = 0"),
                            new Scope(List.of(), List.of(destination("zero")))),
                    new BranchStep.Route("steps[3]:by-group/routes[1]:all", null,
                            new Scope(List.of(new MapStep("steps[3]:by-group/routes[1]:all/steps[0]:slim",
                                    jsonata("{'id': id, 'groupName': groupName}"), null)),
                                    List.of(destination("all"))))))), List.of()));

    private final Lookups groups = (lookup, config, limit) -> List.of(
            new Record("0", json("{'g': 0, 'name': 'zero'}")), new Record("1", json("{'g': 1, 'name': 'one'}")),
            new Record("2", json("{'g': 2, 'name': 'two'}")));

    @Test
    void pagesRoutedAtOnceOnManyThreadsComeOutRight() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(() -> {
                    int checked = 0;
                    for (int p = 0; p < PAGES; p++) {
                        int first = (thread * PAGES + p) * PAGE_SIZE;
                        List<Record> page = new ArrayList<>(PAGE_SIZE);
                        for (int id = first; id < first + PAGE_SIZE; id++) {
                            page.add(new Record(String.valueOf(id),
                                    json("{'id': " + id + ", 'qty': 2, 'price': 0.5, 'note': 'x'}")));
                        }
                        List<Routed> routed = pipeline.route(page, groups, Tracer.NONE);
                        for (int i = 0; i < PAGE_SIZE; i++) {
                            check(first + i, routed.get(i));
                            checked++;
                        }
                    }
                    return checked;
                });
            }
            for (Future<Integer> done : threads.invokeAll(work)) {
                assertEquals(PAGES * PAGE_SIZE, done.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void check(int id, Routed routed) {
        assertEquals(String.valueOf(id), routed.source().key());
        if (id % 2 == 0) {
            assertEquals(List.of(StepIssue.ignored("steps[1]:odd", "filtered out by id % 2 = 1")), routed.issues());
            assertEquals(List.of(), routed.deliveries());
            return;
        }
        String name = List.of("zero", "one", "two").get(id % 3);
        ObjectNode full = json("{'id': " + id + ", 'total': 1, 'tag': 't" + id + "', 'group': " + id % 3
                + ", 'groupName': {'g': " + id % 3 + ", 'name': '" + name + "'}}");
        ObjectNode slim = json("{'id': " + id + ", 'groupName': {'g': " + id % 3 + ", 'name': '" + name + "'}}");
        List<Delivery> expected = id % 3 == 0
                ? List.of(new Delivery(0, new Record("o-" + id, full)), new Delivery(1, new Record("o-" + id, slim)))
                : List.of(new Delivery(1, new Record("o-" + id, slim)));
        assertEquals(expected, routed.deliveries());
        assertEquals(List.of(), routed.issues());
    }
}
