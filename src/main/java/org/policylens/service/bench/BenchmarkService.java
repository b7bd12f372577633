package org.policylens.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policylens.ingest.BundledCorpus;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.SearchQuery;
import org.policylens.export.ExportLanguage;
import org.policylens.service.AppContext;
import org.policylens.service.ExportRequest;
import org.policylens.service.ImportResult;
import org.policylens.service.ImportSource;
import org.policylens.service.MetadataOverrides;
import org.policylens.service.bench.BenchmarkReport.Measurement;

/**
 * Builds a synthetic library of N documents in a folder of its own (never the user's library) and measures import
 * throughput, search latency by query length, the comparison structures and peak heap. Figures are what the machine
 * gave; budgets are reported next to them, not asserted.
 */
public final class BenchmarkService {

    /** Hits a search page shows; the GUI asks for more only when the user scrolls. */
    static final int SEARCH_PAGE = 100;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 12;

    static final List<String> ONE = List.of("质", "标", "奖", "企", "品");
    static final List<String> TWO = List.of("质量", "标准", "品牌", "企业", "检测");
    static final List<String> THREE = List.of("质量奖", "标准化", "合格率", "示范区", "获得感");
    static final List<String> SIX = List.of("质量基础设施", "质量强市建设", "产品质量合格", "知识产权保护", "检验检测认证");
    static final List<String> MULTI = List.of("质量 标准", "品牌 企业 奖励", "检验检测 认证", "绿色 低碳", "标准化 示范");

    private final Consumer<String> progress;

    /** @param progress receives a line per stage, for a long run */
    public BenchmarkService(Consumer<String> progress) {
        this.progress = progress;
    }

    public BenchmarkReport run(int documentCount, Path folder) {
        if (documentCount < 1) {
            throw new IllegalArgumentException("the benchmark needs at least one document");
        }
        HeapSampler heap = HeapSampler.start();
        List<String> sources = BundledCorpus.load().stream()
                .map(e -> new String(e.bytes(), StandardCharsets.UTF_8)).toList();
        progress.accept(String.format("writing %d synthetic documents", documentCount));
        WrittenCorpus corpus = writeCorpus(new SyntheticCorpus(sources, 20261121L), documentCount,
                folder.resolve("corpus"));
        List<Measurement> measurements = new ArrayList<>();
        measurements.add(warmUpImport(corpus, folder));
        try (AppContext app = AppContext.open(folder.resolve("bench.db"))) {
            // All threads of the process (the parsing pool, the storing thread, SQLite, the JIT and GC): the CPU the
            // import costs, which a busy, shared machine cannot inflate the way it inflates wall-clock time.
            long cpuStarted = processCpuNanos();
            // The calling thread is the import's one storing thread, the serial stage that bounds its throughput.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long storeCpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            int[] done = {0};
            app.importer().importAll(corpus.sources(), result -> {
                result.outcomeOrThrow();
                if (++done[0] % 100 == 0 || done[0] == documentCount) {
                    progress.accept(String.format("imported %d/%d documents", done[0], documentCount));
                }
            });
            double importSeconds = (System.nanoTime() - started) / 1e9;
            double importCpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            double storeCpuSeconds = (threads.getCurrentThreadCpuTime() - storeCpuStarted) / 1e9;
            double megabytes = corpus.megabytes(documentCount);
            measurements.add(new Measurement("import throughput", megabytes / importSeconds, "MB/s", 5, false));
            measurements.add(new Measurement("import process cpu per document",
                    importCpuSeconds * 1000 / documentCount, "ms", Double.NaN, true));
            measurements.add(new Measurement("import store-thread cpu per document",
                    storeCpuSeconds * 1000 / documentCount, "ms", Double.NaN, true));

            progress.accept("measuring search");
            measureSearch(app, "search 1 char", ONE, 200, measurements);
            measureSearch(app, "search 2 chars", TWO, 200, measurements);
            measureSearch(app, "search 3 chars", THREE, 50, measurements);
            measureSearch(app, "search 6 chars", SIX, 50, measurements);
            measureSearch(app, "search multi-word", MULTI, 50, measurements);

            progress.accept("measuring comparison structures");
            List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
            Path library = app.libraryFile();
            measureOpened("theme matrix build", library, opened -> opened.themes().matrix(null), measurements);
            measureOpened("target comparison build", library, opened -> opened.targets().targetComparison(slugs),
                    measurements);
            measureOpened("subsidy table build", library, opened -> opened.subsidies().subsidies(null, false),
                    measurements);

            progress.accept("measuring the Excel export of the whole library");
            Path workbook = folder.resolve("all.xlsx");
            long exportStarted = System.nanoTime();
            app.export().export(ExportRequest.all(ExportLanguage.ZH), workbook, null);
            measurements.add(new Measurement("excel export (whole library)",
                    (System.nanoTime() - exportStarted) / 1e9, "s", 30, true));
            deleteQuietly(workbook);

            measurements.add(new Measurement("peak heap", heap.stop() / (1024.0 * 1024.0), "MB", Double.NaN, true));
            return new BenchmarkReport(documentCount, megabytes, importSeconds, measurements);
        } finally {
            heap.stop();
        }
    }

    /** Writes the synthetic documents as files, so the timed import reads them from disk as a user's would. */
    private static WrittenCorpus writeCorpus(SyntheticCorpus corpus, int documentCount, Path folder) {
        try {
            Files.createDirectories(folder);
            List<ImportSource> files = new ArrayList<>(documentCount);
            long[] bytes = new long[documentCount];
            for (int i = 0; i < documentCount; i++) {
                SyntheticCorpus.SyntheticDocument doc = corpus.document(i);
                Path file = Files.write(folder.resolve(doc.fileName()), doc.bytes());
                files.add(ImportSource.file(file, new MetadataOverrides(doc.slug(), null, doc.region(), Level.CITY)));
                bytes[i] = doc.bytes().length;
            }
            return new WrittenCorpus(files, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic documents to " + folder, e);
        }
    }

    /**
     * Imports the documents into a library of their own that is then thrown away, so that the timed import measures
     * the steady throughput of compiled code rather than the JIT compiling it. Code run once per document (structure,
     * metadata, storing) reaches the optimizing compiler only after a few thousand documents, and on two cores its
     * compilations take as much CPU as a third of the import itself. This import's own throughput is reported too:
     * it is what the first large import after starting the application gets.
     */
    private Measurement warmUpImport(WrittenCorpus corpus, Path folder) {
        progress.accept(String.format("warming up: importing the %d documents into a scratch library",
                corpus.sources().size()));
        Path scratch = folder.resolve("warm-up.db");
        long started = System.nanoTime();
        try (AppContext app = AppContext.open(scratch)) {
            app.importer().importAll(corpus.sources(), ImportResult::outcomeOrThrow);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double megabytes = corpus.megabytes(corpus.sources().size());
        try (var leftovers = Files.list(folder)) {
            for (Path file : leftovers.filter(f -> f.getFileName().toString().startsWith("warm-up.db")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scratch library " + scratch, e);
        }
        return new Measurement("import throughput, first import after start", megabytes / seconds,
                "MB/s", Double.NaN, true);
    }

    /** The synthetic documents as files to import, and their sizes in bytes. */
    private record WrittenCorpus(List<ImportSource> sources, long[] bytes) {

        /** The size of the first {@code count} documents. */
        double megabytes(int count) {
            return Arrays.stream(bytes, 0, count).sum() / (1024.0 * 1024.0);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary workbook; the folder is removed after the run anyway
        }
    }

    private static void measureSearch(AppContext app, String name, List<String> queries, double budgetP95,
                                      List<Measurement> out) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            queries.forEach(q -> app.search().search(new SearchQuery(q, null, SEARCH_PAGE)));
        }
        double[] samples = new double[MEASURED_ROUNDS * queries.size()];
        int i = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                app.search().search(new SearchQuery(query, null, SEARCH_PAGE));
                samples[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        out.add(new Measurement(name + " p50", Percentiles.of(samples, 50), "ms", Double.NaN, true));
        out.add(new Measurement(name + " p95", Percentiles.of(samples, 95), "ms", budgetP95, true));
    }

    /**
     * The median of a few builds, each the first on a freshly opened library, after one untimed build: what a user
     * waits for on first opening a comparison, with nothing kept by the services (they keep a built structure while
     * the library is unchanged) and the code already compiled by the JIT, as it is after a few seconds of use.
     */
    private static void measureOpened(String name, Path library, Function<AppContext, ?> build,
                                      List<Measurement> out) {
        double[] samples = new double[6];
        for (int i = 0; i < samples.length; i++) {
            try (AppContext opened = AppContext.open(library)) {
                long start = System.nanoTime();
                build.apply(opened);
                samples[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] afterWarmUp = Arrays.copyOfRange(samples, 1, samples.length);
        out.add(new Measurement(name, Percentiles.of(afterWarmUp, 50), "ms", 500, true));
    }
}
