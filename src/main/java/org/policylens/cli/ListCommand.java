package org.policylens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;

/** {@code list}: the documents in the library. */
@Command(name = "list", description = "List the documents in the library.")
final class ListCommand extends RecordsCommand {




    @Override
    public Integer call() {
        List<Map<String, Object>> records = new ArrayList<>();
        try (AppContext app = parent.openLibrary()) {
            for (DocumentSummary doc : app.library().documents()) {
                records.add(record(doc));
            }
        }
        print(records,
                List.of("slug", "level", "region", "date", "docNumber", "title"));
        return 0;
    }

    private static Map<String, Object> record(DocumentSummary doc) {
        DocumentMetadata meta = doc.metadata();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("slug", meta.slug());
        r.put("title", meta.title());
        r.put("issuer", meta.issuer());
        r.put("level", meta.level() == null ? null : meta.level().code());
        r.put("region", meta.region());
        r.put("date", meta.date());
        r.put("docNumber", meta.docNumber());
        r.put("script", meta.script().code());
        r.put("source", meta.source());
        r.put("characters", doc.characters());
        r.put("sections", doc.sections());
        r.put("passages", doc.passages());
        r.put("sha256", doc.sha256());
        r.put("importedAt", doc.importedAt());
        return r;
    }
}
