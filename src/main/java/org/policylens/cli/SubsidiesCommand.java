package org.policylens.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;

/** {@code subsidies}: the monetary rewards, grants and subsidies of the library. */
@Command(name = "subsidies", description = "List the rewards, grants and subsidies with their amounts in yuan. "
        + "Records rejected by a user are left out unless --all is given.")
final class SubsidiesCommand extends ExtractedRecordsCommand<SubsidyRecord> {

    @Override
    List<SubsidyRecord> load(AppContext app) {
        return app.subsidies().subsidies(documentSlug, includeRejected);
    }

    @Override
    List<String> tableColumns() {
        return List.of("document", "item", "recipient", "amountYuan", "amountText", "kind", "status");
    }

    @Override
    Map<String, Object> record(SubsidyRecord record) {
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
