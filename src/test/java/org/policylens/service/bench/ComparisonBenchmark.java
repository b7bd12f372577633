package org.policylens.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.policylens.export.ExportLanguage;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.service.AppContext;
import org.policylens.service.ExportRequest;

/**
 * Times the comparison structures and the whole-library Excel export on an existing library, without importing it
 * again. A measuring tool, not a test (timings depend on the machine and its load). Give it a copy of a library,
 * never the one you keep: opening may migrate it.
 * <pre>
 * mvn -q -DskipTests package test-compile
 * cp LIBRARY.db /tmp/copy.db
 * java -Xmx512m -cp target/test-classes:target/policylens.jar org.policylens.service.bench.ComparisonBenchmark \
 *      /tmp/copy.db [fresh] [matrix|targets|subsidies|passages|export ...]
 * </pre>
 * With {@code fresh}, each structure is built on a freshly opened AppContext of the library instead (new connection,
 * nothing kept by the services, code already warm from a first build): what a user waits for when first opening a
 * comparison view on a large library. Opening and closing are not timed.
 * Prints, per structure, the median wall time, CPU time of the calling thread (SQLite runs on it) and CPU time of
 * the whole process (garbage collection and JIT included) of 5 runs after one warm-up (the export runs once after
 * its warm-up, as it takes seconds). On a shared machine the CPU figures are the ones load does not inflate.
 */
public final class ComparisonBenchmark {

    private static final int MEASURED_RUNS = 5;

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        List<String> parts = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("matrix", "targets", "subsidies", "export");
        if (parts.contains("fresh")) {
            timeOnFreshContexts(library, parts);
            return;
        }
        try (AppContext app = AppContext.open(library)) {
            List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
            System.out.printf("%d documents; max heap %d MB; Java %s%n", slugs.size(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
            // Each run follows a change, so a structure kept for an unchanged library is not timed ("fresh" opens the
            // library anew for each run instead, as the bench does).
            Runnable change = titleEdit(app, slugs.get(0));
            if (parts.contains("matrix")) {
                time("theme matrix", MEASURED_RUNS, () -> {
                    change.run();
                    return null;
                }, () -> app.themes().matrix(null));
            }
            if (parts.contains("targets")) {
                time("target comparison", MEASURED_RUNS, () -> {
                    change.run();
                    return null;
                }, () -> app.targets().targetComparison(slugs));
            }
            if (parts.contains("subsidies")) {
                time("subsidy table", MEASURED_RUNS, () -> null, () -> app.subsidies().subsidies(null, false));
            }
            if (parts.contains("passages")) {
                // What the themes view loads (every passage with text and themes), for comparison.
                time("coded passages (themes view)", 1, () -> null, () -> app.themes().passages(null));
            }
            if (parts.contains("export")) {
                Path workbook = Files.createTempFile("policylens-bench", ".xlsx");
                try {
                    time("excel export (whole library)", 1, () -> null, () -> {
                        app.export().export(ExportRequest.all(ExportLanguage.ZH), workbook, null);
                        return null;
                    });
                    System.out.printf("  workbook %.1f MB%n", Files.size(workbook) / 1e6);
                } finally {
                    Files.deleteIfExists(workbook);
                }
            }
        }
    }

    private static void timeOnFreshContexts(Path library, List<String> parts) {
        List<String> slugs;
        try (AppContext app = AppContext.open(library)) {
            slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
        }
        System.out.printf("%d documents; max heap %d MB; Java %s; a fresh AppContext per run%n", slugs.size(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        if (parts.contains("matrix")) {
            timeFresh("theme matrix", library, app -> app.themes().matrix(null));
        }
        if (parts.contains("targets")) {
            timeFresh("target comparison", library, app -> app.targets().targetComparison(slugs));
        }
        if (parts.contains("subsidies")) {
            timeFresh("subsidy table", library, app -> app.subsidies().subsidies(null, false));
        }
    }

    private static void timeFresh(String name, Path library, Function<AppContext, ?> work) {
        AppContext[] open = new AppContext[1];
        Supplier<?> openFresh = () -> {
            if (open[0] != null) {
                open[0].close();
            }
            open[0] = AppContext.open(library);
            return null;
        };
        openFresh.get();
        try {
            time(name, MEASURED_RUNS, openFresh, () -> work.apply(open[0]));
        } finally {
            open[0].close();
        }
    }

    private static void time(String name, int runs, Supplier<?> before, Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.get();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] processCpu = new double[runs];
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            before.get();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = process.getProcessCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            processCpu[i] = (process.getProcessCpuTime() - processStart) / 1e6;
        }
        System.out.printf("%-30s median %8.1f ms wall, %8.1f ms thread cpu, %8.1f ms process cpu (wall runs: %s)%n",
                name, median(wall), median(cpu), median(processCpu),
                Arrays.toString(Arrays.stream(wall).map(Math::round).toArray()));
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** An edit of a document's metadata that leaves it as it was every second time. */
    private static Runnable titleEdit(AppContext app, String slug) {
        DocumentMetadata original = app.library().document(slug).metadata();
        DocumentMetadata edited = new DocumentMetadata(original.slug(), original.title() + "（修订）", original.issuer(),
                original.level(), original.region(), original.date(), original.docNumber(), original.script(),
                original.source());
        boolean[] isEdited = {false};
        return () -> {
            app.library().editMetadata(slug, isEdited[0] ? original : edited);
            isEdited[0] = !isEdited[0];
        };
    }
}
