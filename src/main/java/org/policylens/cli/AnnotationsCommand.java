package org.policylens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.Annotation;
import org.policylens.service.AnnotationService.ImportReport;
import org.policylens.service.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annotations}: lists annotations, or moves them to and from W3C Web Annotation JSON-LD files. */
@Command(name = "annotations", description = "List annotations, or --export / --import them as JSON-LD.")
final class AnnotationsCommand extends DocumentRecordsCommand {




    @Option(names = "--tag", paramLabel = "T", description = "Only annotations with this tag.")
    String tag;


    @ArgGroup(exclusive = true)
    Transfer transfer;

    static final class Transfer {
        @Option(names = "--export", paramLabel = "FILE.jsonld", description = "Write them as W3C Web Annotation JSON-LD.")
        Path exportFile;

        @Option(names = "--import", paramLabel = "FILE.jsonld", description = "Add the annotations of a JSON-LD file.")
        Path importFile;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (AppContext app = parent.openLibrary()) {
            if (transfer != null && transfer.exportFile != null) {
                int count = app.annotations().exportJsonLd(documentSlug, transfer.exportFile);
                out.printf("exported %d annotation(s) to %s%n", count, transfer.exportFile);
            } else if (transfer != null && transfer.importFile != null) {
                ImportReport report = app.annotations().importJsonLd(transfer.importFile);
                out.printf("imported %d annotation(s); %d already present; %d orphaned%n", report.added(),
                        report.alreadyPresent(), report.orphaned());
                if (!report.missingDocuments().isEmpty()) {
                    spec.commandLine().getErr().println("policylens: skipped annotations of documents not in this "
                            + "library: " + String.join(", ", report.missingDocuments()));
                    spec.commandLine().getErr().flush();
                    out.flush();
                    return Cli.USER_ERROR;
                }
            } else {
                List<Map<String, Object>> records = new ArrayList<>();
                for (Annotation a : app.annotations().list(documentSlug)) {
                    if (tag == null || a.tags().contains(tag)) {
                        records.add(record(a));
                    }
                }
                RecordPrinter.print(out, format, records, List.of("document", "start", "quote", "tags", "note"));
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> record(Annotation a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", a.uuid());
        r.put("document", a.documentSlug());
        r.put("start", a.start());
        r.put("end", a.end());
        r.put("quote", a.quote());
        r.put("note", a.note());
        r.put("tags", a.tags());
        r.put("color", a.color().code());
        r.put("orphaned", a.orphaned());
        r.put("created", a.createdAt());
        r.put("modified", a.modifiedAt());
        return r;
    }
}
