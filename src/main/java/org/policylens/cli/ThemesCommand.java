package org.policylens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code themes}: the document × theme matrix of the active codebook, or with {@code --passages} every passage with
 * its themes and the terms that triggered them.
 */
@Command(name = "themes", description = "The document × theme matrix of the active codebook; "
        + "with --passages, each passage with its themes and their evidence.")
final class ThemesCommand extends DocumentRecordsCommand {




    @Option(names = "--passages", description = "One record per passage instead of the matrix.")
    boolean passages;


    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (AppContext app = parent.openLibrary()) {
            if (passages) {
                List<Map<String, Object>> records = new ArrayList<>();
                for (CodedPassage passage : app.themes().passages(documentSlug)) {
                    records.add(passageRecord(passage, format));
                }
                RecordPrinter.print(out, format, records, List.of("document", "sectionPath", "themes", "text"));
            } else {
                ThemeMatrix matrix = app.themes().matrix(documentSlug);
                Codebook codebook = app.codebooks().active();
                if (format == OutputFormat.table) {
                    List<String> columns = new ArrayList<>(List.of("theme", "nameZh"));
                    columns.addAll(matrix.documents());
                    RecordPrinter.print(out, format, gridRecords(matrix, codebook), columns);
                } else {
                    RecordPrinter.print(out, format, cellRecords(matrix, codebook), List.of());
                }
            }
        }
        return 0;
    }

    /**
     * JSON gives themes as {@code [{code, evidence}]} with evidence the matched terms; CSV and table cells are flat
     * text, so there themes are codes and evidence is {@code code: term, term; code: …}.
     */
    private static Map<String, Object> passageRecord(CodedPassage passage, OutputFormat format) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document", passage.documentSlug());
        r.put("passageId", passage.passageId());
        r.put("sectionPath", passage.sectionPath());
        r.put("start", passage.start());
        r.put("end", passage.end());
        r.put("text", passage.text());
        if (format == OutputFormat.json) {
            List<Map<String, Object>> themes = new ArrayList<>();
            for (PassageTheme theme : passage.themes()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("code", theme.code());
                t.put("evidence", theme.terms());
                t.put("source", theme.source().code());
                t.put("score", theme.score());
                themes.add(t);
            }
            r.put("themes", themes);
        } else {
            r.put("themes", String.join(" ", passage.themes().stream().map(PassageTheme::code).toList()));
            r.put("evidence", String.join("; ", passage.themes().stream()
                    .map(t -> t.code() + ": " + String.join(", ", t.terms())).toList()));
        }
        return r;
    }

    /** Long form: one record per document × theme of the codebook, zeros included, so every cell is there. */
    private static List<Map<String, Object>> cellRecords(ThemeMatrix matrix, Codebook codebook) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String document : matrix.documents()) {
            for (Theme theme : codebook.themes()) {
                ThemeMatrix.Cell cell = matrix.cell(document, theme.code());
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("document", document);
                r.put("theme", theme.code());
                r.put("nameZh", theme.nameZh());
                r.put("nameEn", theme.nameEn());
                r.put("passages", cell.passageCount());
                r.put("characters", cell.characters());
                r.put("share", Math.round(cell.share() * 10000) / 10000.0);
                r.put("passageIds", matrix.passages(document, theme.code()).stream().map(Long::valueOf).toList());
                records.add(r);
            }
        }
        return records;
    }

    /** A readable grid: one row per theme, one column per document, cells "passages (share%)". */
    private static List<Map<String, Object>> gridRecords(ThemeMatrix matrix, Codebook codebook) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Theme theme : codebook.themes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("theme", theme.code());
            r.put("nameZh", theme.nameZh());
            for (String document : matrix.documents()) {
                ThemeMatrix.Cell cell = matrix.cell(document, theme.code());
                r.put(document, cell.passageCount() == 0 ? "-"
                        : String.format(Locale.ROOT, "%d (%.1f%%)", cell.passageCount(), cell.share() * 100));
            }
            records.add(r);
        }
        return records;
    }
}
