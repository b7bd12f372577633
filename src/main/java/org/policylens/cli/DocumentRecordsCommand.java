package org.policylens.cli;

import picocli.CommandLine.Option;

/** A subcommand that prints records of the whole library, or of one document with {@code --doc}. */
abstract class DocumentRecordsCommand extends RecordsCommand {

    @Option(names = "--doc", paramLabel = "SLUG", description = "Only this document.")
    String documentSlug;
}
