package org.policylens.cli;

import java.nio.file.Path;
import org.policylens.model.RemovalImpact;
import org.policylens.service.AppContext;
import org.policylens.service.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code remove SLUG}: removes a document after backing up the library; asks for --yes when user data goes too. */
@Command(name = "remove", description = "Remove a document. The library is backed up first; a document with "
        + "annotations or corrections is removed only with --yes.")
final class RemoveCommand extends LibraryCommand {



    @Parameters(paramLabel = "SLUG", description = "The document to remove.")
    String slug;

    @Option(names = "--yes", description = "Remove even when annotations or corrections go with it.")
    boolean yes;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (AppContext app = parent.openLibraryForImport()) {
            RemovalImpact impact = app.library().removalImpact(slug);
            if (impact.losesUserData() && !yes) {
                throw new UserException(String.format("'%s' has %d annotation(s) and %d corrected record(s); "
                        + "add --yes to remove it with them", slug, impact.annotations(), impact.recordDecisions()));
            }
            Path backup = app.library().remove(slug);
            out.printf("removed    %s (%d annotation(s), %d corrected record(s)); backup: %s%n", slug,
                    impact.annotations(), impact.recordDecisions(), backup);
        }
        out.flush();
        return 0;
    }
}
