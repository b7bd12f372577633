package org.policylens.service.bench;

import java.nio.file.Path;
import java.util.List;
import org.policylens.model.SearchQuery;
import org.policylens.service.AppContext;

/**
 * Search latency on an existing library (e.g. one kept by {@code bench --keep}), without importing again:
 * {@code java -cp target/test-classes:target/policylens.jar org.policylens.service.bench.SearchBenchmark LIBRARY.db}.
 * Uses the bench's query sets and page size; prints p50/p95 per set.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        long opened = System.nanoTime();
        try (AppContext app = AppContext.open(Path.of(args[0]))) {
            System.out.printf("opened (and migrated) in %.1f s%n", (System.nanoTime() - opened) / 1e9);
            for (var set : List.of(List.of("1 char", BenchmarkService.ONE), List.of("2 chars", BenchmarkService.TWO),
                    List.of("3 chars", BenchmarkService.THREE), List.of("6 chars", BenchmarkService.SIX),
                    List.of("multi-word", BenchmarkService.MULTI))) {
                @SuppressWarnings("unchecked")
                List<String> queries = (List<String>) set.get(1);
                for (int round = 0; round < 3; round++) {
                    queries.forEach(q -> app.search().search(new SearchQuery(q, null, BenchmarkService.SEARCH_PAGE)));
                }
                double[] samples = new double[12 * queries.size()];
                double[] cpu = new double[samples.length];
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                int i = 0;
                for (int round = 0; round < 12; round++) {
                    for (String q : queries) {
                        long start = System.nanoTime();
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        app.search().search(new SearchQuery(q, null, BenchmarkService.SEARCH_PAGE));
                        cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                        samples[i++] = (System.nanoTime() - start) / 1e6;
                    }
                }
                System.out.printf("%-10s p50 %6.1f ms  p95 %6.1f ms   (CPU p50 %6.1f ms  p95 %6.1f ms)%n", set.get(0),
                        Percentiles.of(samples, 50), Percentiles.of(samples, 95), Percentiles.of(cpu, 50),
                        Percentiles.of(cpu, 95));
            }
        }
    }
}
