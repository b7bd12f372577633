package org.policylens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.model.Level;
import org.policylens.service.AppContext;
import org.policylens.service.ImportSource;
import org.policylens.service.MetadataOverrides;
import org.policylens.service.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code import [FILE...]}: the bundled corpus, or the given files. One line per document. */
@Command(name = "import", description = "Import documents (no FILE: the bundled corpus). Prints one line per document.")
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import (.txt, .docx, .html, .htm).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--slug", description = "Slug of the imported document (one FILE only).")
    String slug;

    @Option(names = "--title", description = "Title, replacing the guessed one.")
    String title;

    @Option(names = "--region", description = "Region, replacing the guessed one.")
    String region;

    @Option(names = "--replace", description = "Replace the document --slug S with this new version of its text, "
            + "keeping its annotations and the decisions made on it.")
    boolean replace;

    @Option(names = "--level", description = "One of central, province, city, county.", converter = LevelConverter.class)
    Level level;

    @Override
    public Integer call() {
        MetadataOverrides overrides = new MetadataOverrides(slug, title, region, level);
        if (files.isEmpty() && !overrides.equals(MetadataOverrides.NONE)) {
            throw new ParameterException(spec.commandLine(), "--slug, --title, --region and --level need a FILE");
        }
        if (slug != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--slug names one document; give one FILE");
        }
        if (replace && (slug == null || files.size() != 1)) {
            throw new ParameterException(spec.commandLine(), "--replace needs one FILE and the --slug it replaces");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int[] failures = {0};
        try (AppContext app = parent.openLibraryForImport()) {
            if (files.isEmpty()) {
                app.importer().importBundled().forEach(outcome -> out.println(describe(app, outcome)));
            } else if (replace) {
                try {
                    out.println(describe(app, app.importer().importNewVersion(files.get(0), slug)));
                } catch (UserException e) {
                    err.println("policylens: " + e.getMessage());
                    failures[0]++;
                }
            } else {
                // One line per file, in the order given, as soon as it is in the library.
                app.importer().importAll(files.stream().map(f -> ImportSource.file(f, overrides)).toList(), result -> {
                    if (result.failed()) {
                        err.println("policylens: " + result.failure().getMessage());
                        failures[0]++;
                    } else {
                        out.println(describe(app, result.outcome()));
                    }
                });
            }
        }
        out.flush();
        err.flush();
        return failures[0] == 0 ? 0 : Cli.USER_ERROR;
    }

    private static String describe(AppContext app, ImportOutcome outcome) {
        DocumentSummary doc = outcome.document();
        if (outcome.status() != ImportOutcome.Status.DUPLICATE) {
            var counts = app.extraction().recordCounts(doc.id());
            String name = outcome.imported() ? doc.metadata().title() : outcome.source();
            return String.format("%-10s %-10s %s (%d sections, %d passages, %d targets, %d subsidies)",
                    outcome.imported() ? "imported" : "replaced", doc.slug(), name, doc.sections(), doc.passages(),
                    counts.targets(), counts.subsidies());
        }
        return String.format("duplicate  %-10s %s (already in the library as '%s'; skipped)", doc.slug(),
                outcome.source(), doc.slug());
    }
}
