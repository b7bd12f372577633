package org.policylens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.service.AppContext;
import org.policylens.service.TargetService.TargetRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code targets}: the quantitative targets of the library, with their indicator group. */
@Command(name = "targets", description = "List the quantitative targets, with the indicator group each is compared in. "
        + "Records rejected by a user are left out unless --all is given.")
final class TargetsCommand implements Callable<Integer> {

    @ParentCommand
    PolicyLensCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--doc", paramLabel = "SLUG", description = "Only this document.")
    String documentSlug;

    @Option(names = "--all", description = "Also list records a user rejected (status rejected).")
    boolean includeRejected;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        List<Map<String, Object>> records = new ArrayList<>();
        try (AppContext app = parent.openLibrary()) {
            for (TargetRow row : app.targets().targets(documentSlug, includeRejected)) {
                records.add(record(row));
            }
        }
        RecordPrinter.print(spec.commandLine().getOut(), format, records,
                List.of("document", "indicatorKey", "indicator", "value", "valueMax", "unit", "comparator", "year",
                        "perYear", "status"));
        return 0;
    }

    private static Map<String, Object> record(TargetRow row) {
        TargetRecord record = row.record();
        Target t = record.target();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document", record.document());
        r.put("region", record.region());
        r.put("indicator", t.indicator());
        r.put("indicatorKey", row.indicatorKey());
        r.put("value", t.value());
        r.put("valueMax", t.valueMax());
        r.put("unit", t.unit());
        r.put("comparator", t.comparator().symbol());
        r.put("year", t.year());
        r.put("perYear", t.perYear());
        r.put("quote", t.quote());
        r.put("start", t.start());
        r.put("end", t.end());
        r.put("status", record.status().code());
        return r;
    }
}
