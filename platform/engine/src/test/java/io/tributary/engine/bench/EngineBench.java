package io.tributary.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Expression;
import io.tributary.engine.internal.pipeline.FilterStep;
import io.tributary.engine.internal.pipeline.MapStep;
import io.tributary.engine.internal.pipeline.Pipeline;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.Scope;
import io.tributary.engine.internal.pipeline.StepPipeline;
import io.tributary.engine.internal.pipeline.Tracer;

/**
 * Throughput of the step pipeline: in-memory records, in pages, through a JSONata map of five fields and a filter,
 * on 1 and 2 threads; for scale, the same map and filter written by hand in Java over the same pages.
 * Prints records/s, the median of the measured rounds after warm-up rounds.
 *
 * <p>Arguments: records per round (default 1,000,000), page size (1000), measured rounds (5), warm-up rounds (2).
 */
public final class EngineBench {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MAP = "{ 'id': id, 'customer': name, 'total': qty * price, 'region': region,"
            + " 'active': active }";
    private static final String FILTER = "total > 10";
    /** Distinct pages made up front and sent round and round: a million records would not fit a small heap. */
    private static final int DISTINCT_PAGES = 50;

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<List<Record>> pages = pages(pageSize);
        int pagesPerRound = records / pageSize;
        Pipeline pipeline = new StepPipeline(new Scope(
                List.of(new MapStep("steps[0]:shape", Expression.compile(MAP), null),
                        new FilterStep("steps[1]:big", Expression.compile(FILTER))),
                List.of(new DestinationSpec("destinations[0]:out", "none", "none", "[1.0,2.0)", NODES.objectNode(),
                        WriteMode.UPSERT))));
        Router jsonata = page -> delivered(pipeline.route(page, (lookup, config, limit) -> List.of(), Tracer.NONE));

        System.out.printf("%,d records per round in pages of %,d; map %s; filter %s; median of %d rounds after %d"
                + " warm-up rounds; %d cores%n", pagesPerRound * pageSize, pageSize, MAP, FILTER, rounds, warmUps,
                Runtime.getRuntime().availableProcessors());
        for (int threads : new int[] {1, 2}) {
            report("JSONata pipeline", threads, measure(jsonata, pages, pagesPerRound, threads, rounds, warmUps));
        }
        for (int threads : new int[] {1, 2}) {
            report("hand-written Java", threads,
                    measure(EngineBench::byHand, pages, pagesPerRound, threads, rounds, warmUps));
        }
    }

    /** Routes one page; returns how many records it delivered, so that nothing is optimized away. */
    private interface Router {
        int route(List<Record> page) throws Exception;
    }

    private static double measure(Router router, List<List<Record>> pages, int pagesPerRound, int threads,
                                  int rounds, int warmUps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] rates = new double[rounds];
            long expected = -1;
            for (int round = 0; round < warmUps + rounds; round++) {
                long started = System.nanoTime();
                List<Callable<Long>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    work.add(() -> {
                        long delivered = 0;
                        for (int p = thread; p < pagesPerRound; p += threads) {
                            delivered += router.route(pages.get(p % pages.size()));
                        }
                        return delivered;
                    });
                }
                long delivered = 0;
                for (Future<Long> done : pool.invokeAll(work)) {
                    delivered += done.get();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (expected >= 0 && delivered != expected) {
                    throw new IllegalStateException("rounds delivered " + expected + " then " + delivered);
                }
                expected = delivered;
                if (round >= warmUps) {
                    rates[round - warmUps] = (double) pagesPerRound * pages.get(0).size() / seconds;
                }
            }
            Arrays.sort(rates);
            return rates.length % 2 == 1 ? rates[rates.length / 2]
                    : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String what, int threads, double recordsPerSecond) {
        System.out.printf("%-18s %d thread%s: %,12.0f records/s%n", what, threads, threads == 1 ? " " : "s",
                recordsPerSecond);
    }

    private static int delivered(List<Routed> routed) {
        int delivered = 0;
        for (Routed one : routed) {
            delivered += one.deliveries().size();
        }
        return delivered;
    }

    /** The same map and filter in plain Java over the same records: the floor of what steps can cost. */
    private static int byHand(List<Record> page) {
        List<Record> out = new ArrayList<>(page.size());
        for (Record record : page) {
            ObjectNode in = record.data();
            double total = in.path("qty").asDouble() * in.path("price").asDouble();
            if (total > 10) {
                ObjectNode data = NODES.objectNode();
                data.set("id", in.get("id"));
                data.set("customer", in.get("name"));
                data.put("total", total);
                data.set("region", in.get("region"));
                data.set("active", in.get("active"));
                out.add(new Record(record.key(), data));
            }
        }
        return out.size();
    }

    /** Orders of ten fields; about nine in ten pass the filter. */
    private static List<List<Record>> pages(int pageSize) {
        String[] regions = {"EU", "US", "APAC", "LATAM"};
        List<List<Record>> pages = new ArrayList<>(DISTINCT_PAGES);
        int id = 0;
        for (int p = 0; p < DISTINCT_PAGES; p++) {
            List<Record> page = new ArrayList<>(pageSize);
            for (int i = 0; i < pageSize; i++, id++) {
                ObjectNode data = NODES.objectNode();
                data.put("id", id);
                data.put("name", "Customer " + (id % 9973));
                data.put("qty", 1 + id % 20);
                data.put("price", 0.5 + (id % 997) / 10.0);
                data.put("region", regions[id % regions.length]);
                data.put("active", id % 7 != 0);
                data.put("createdAt", "2025-01-" + (10 + id % 20) + "T10:00:00Z");
                data.put("sku", "SKU-" + (id % 5000));
                data.put("note", id % 3 == 0 ? null : "handle with care");
                data.putArray("tags").add("t" + id % 5).add("bulk");
                page.add(new Record(String.valueOf(id), data));
            }
            pages.add(page);
        }
        return pages;
    }
}
