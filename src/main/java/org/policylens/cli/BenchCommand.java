package org.policylens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policylens.service.UserException;
import org.policylens.service.bench.BenchmarkReport;
import org.policylens.service.bench.BenchmarkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: builds a synthetic library in a temporary folder and prints what it measured. */
@Command(name = "bench", description = "Measure import, search and comparison on a synthetic library of N documents "
        + "(made from the bundled ones, in a temporary folder; your library is not touched).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "300", paramLabel = "N",
            description = "Documents in the synthetic library (default: ${DEFAULT-VALUE}; 3000 ≈ 100 MB).")
    int documents;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--keep", paramLabel = "FOLDER", description = "Build the library here and keep it.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        if (documents < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 1");
        }
        var err = spec.commandLine().getErr();
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("policylens-bench");
        if (keep != null && Files.exists(keep.resolve("bench.db"))) {
            throw new UserException(keep.resolve("bench.db") + " already exists; choose an empty folder");
        }
        BenchmarkReport report;
        try {
            report = new BenchmarkService(line -> {
                err.println("bench: " + line);
                err.flush();
            }).run(documents, folder);
        } finally {
            if (keep == null) {
                deleteRecursively(folder);
            }
        }
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(record("documents", report.documents(), "", Double.NaN, true));
        records.add(record("library size", round(report.megabytes()), "MB", Double.NaN, true));
        records.add(record("import time", round(report.importSeconds()), "s", Double.NaN, true));
        for (BenchmarkReport.Measurement m : report.measurements()) {
            records.add(record(m.name(), round(m.value()), m.unit(), m.budget(), m.withinBudget()));
        }
        RecordPrinter.print(spec.commandLine().getOut(), format == OutputFormat.csv ? OutputFormat.csv : format,
                records, List.of("measure", "value", "unit", "budget", "ok"));
        return 0;
    }

    private static Map<String, Object> record(String name, double value, String unit, double budget, boolean ok) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("measure", name);
        r.put("value", value);
        r.put("unit", unit);
        r.put("budget", Double.isNaN(budget) ? null : budget);
        r.put("ok", Double.isNaN(budget) ? null : ok);
        return r;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
