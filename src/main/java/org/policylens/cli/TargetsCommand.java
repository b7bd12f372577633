package org.policylens.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.service.AppContext;
import org.policylens.service.TargetService.TargetRow;
import picocli.CommandLine.Command;

/** {@code targets}: the quantitative targets of the library, with their indicator group. */
@Command(name = "targets", description = "List the quantitative targets, with the indicator group each is compared in. "
        + "Records rejected by a user are left out unless --all is given.")
final class TargetsCommand extends ExtractedRecordsCommand<TargetRow> {

    @Override
    List<TargetRow> load(AppContext app) {
        return app.targets().targets(documentSlug, includeRejected);
    }

    @Override
    List<String> tableColumns() {
        return List.of("document", "indicatorKey", "indicator", "value", "valueMax", "unit", "comparator", "year",
                "perYear", "status");
    }

    @Override
    Map<String, Object> record(TargetRow row) {
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
