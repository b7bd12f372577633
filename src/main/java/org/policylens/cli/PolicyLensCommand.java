package org.policylens.cli;

import java.nio.file.Path;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: global options, and the subcommands. */
@Command(name = "policylens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read and compare Chinese regional quality policies. Without a subcommand, opens the app.",
        subcommands = {ImportCommand.class, ListCommand.class, SearchCommand.class, TargetsCommand.class,
                SubsidiesCommand.class, ThemesCommand.class, AnnotateCommand.class, AnnotationsCommand.class,
                RemoveCommand.class, ExportCommand.class, BenchCommand.class})
final class PolicyLensCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file (created when missing). Default: $POLICYLENS_DB or the per-user data folder.")
    Path db;

    /**
     * Opens the library this invocation names, for a command that reads it: like the app's first start, a new
     * library gets the bundled corpus. The caller closes it.
     */
    AppContext openLibrary() {
        AppContext app = openLibraryForImport();
        try {
            app.importer().importBundledOnFirstStart();
            app.catchUpAnalysis();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** Opens the library without the first-start import: {@code import} decides itself what goes in. */
    AppContext openLibraryForImport() {
        return AppContext.openForUser(db);
    }

    @Override
    public void run() {
        // Reached only when Cli.run is given global options without a subcommand; the Launcher opens the GUI then.
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }
}
