package org.policylens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code subsidies}: the monetary rewards, grants and subsidies of the library. */
@Command(name = "subsidies", description = "List the rewards, grants and subsidies with their amounts in yuan. "
        + "Records rejected by a user are left out unless --all is given.")
final class SubsidiesCommand implements Callable<Integer> {

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
            for (SubsidyRecord record : app.subsidies().subsidies(documentSlug, includeRejected)) {
                records.add(record(record));
            }
        }
        RecordPrinter.print(spec.commandLine().getOut(), format, records,
                List.of("document", "item", "recipient", "amountYuan", "amountText", "kind", "status"));
        return 0;
    }

    private static Map<String, Object> record(SubsidyRecord record) {
        Subsidy s = record.subsidy();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document", record.document());
        r.put("region", record.region());
        r.put("item", s.item());
        r.put("recipient", s.recipient());
        r.put("amountYuan", s.amountYuan());
        r.put("amountText", s.amountText());
        r.put("kind", s.kind());
        r.put("quote", s.quote());
        r.put("start", s.start());
        r.put("end", s.end());
        r.put("status", record.status().code());
        return r;
    }
}
