import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on a webhook URL at growing concurrency: requests/s and latency percentiles per level, and the
 * saturation point (the last level that still raised throughput by 5% or more).
 * Usage: java HookLoad.java <url> [seconds per level, default 10]
 */
public class HookLoad {

    record Level(int clients, double perSecond, double p50, double p99, long failures, Map<Integer, Long> byStatus) {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        run(client, url, 4, 3); // warm-up
        List<Level> levels = new ArrayList<>();
        System.out.println("clients  requests/s   p50 ms   p99 ms  failures");
        for (int clients : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            Level level = run(client, url, clients, seconds);
            levels.add(level);
            System.out.printf("%7d  %10.0f  %7.1f  %7.1f  %8d %s%n", clients, level.perSecond, level.p50, level.p99,
                    level.failures, level.failures == 0 ? "" : "by status " + level.byStatus);
        }
        Level saturation = levels.get(0);
        for (Level level : levels.subList(1, levels.size())) {
            if (level.perSecond < saturation.perSecond * 1.05) {
                break;
            }
            saturation = level;
        }
        System.out.printf("saturation: %d clients, %.0f requests/s, p99 %.1f ms%n", saturation.clients,
                saturation.perSecond, saturation.p99);
    }

    private static Level run(HttpClient client, URI url, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long n = sequence.incrementAndGet();
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"ref\": \"e" + n + "\", \"amount\": " + (n % 100) + "}"))
                            .build();
                    long begin = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    long took = System.nanoTime() - begin;
                    if (response.statusCode() != 202) {
                        failures.incrementAndGet();
                        byStatus.merge(response.statusCode(), 1L, Long::sum);
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] part = result.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1e6;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        return new Level(clients, all.length / (double) seconds, p50, p99, failures.get(), new TreeMap<>(byStatus));
    }
}
