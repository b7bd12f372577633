package org.policylens.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** A subcommand that prints records in the format the user chose with {@code --format}. */
abstract class RecordsCommand extends LibraryCommand {

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Prints the records; a table shows only {@code tableColumns}, JSON and CSV every field. */
    void print(List<Map<String, Object>> records, List<String> tableColumns) {
        RecordPrinter.print(out(), format, records, tableColumns);
    }
}
