package org.policylens.service;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policylens.compare.TargetComparison;
import org.policylens.compare.ThemeMatrix;
import org.policylens.compare.ThemeMatrix.PassageCoding;
import org.policylens.export.AnnotationRow;
import org.policylens.export.ExportLanguage;
import org.policylens.export.SubsidyRow;
import org.policylens.export.TargetComparisonRow;
import org.policylens.export.TargetRow;
import org.policylens.export.ThemeMatrixRow;
import org.policylens.export.ThemePassageRow;
import org.policylens.export.WorkbookContent;
import org.policylens.model.Annotation;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.PassageTheme;
import org.policylens.model.SubsidyRecord;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers what one workbook shows from the library's services, limited to the requested documents and named in the
 * requested language. Every record list comes from the same service calls the CLI listings use, so the workbook
 * and {@code targets --format json} cannot disagree.
 */
final class WorkbookAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookAssembler.class);

    private final LibraryService library;
    private final TargetService targets;
    private final SubsidyService subsidies;
    private final ThemeService themes;
    private final AnnotationService annotations;
    private final Clock clock;
    private final String appVersion;

    WorkbookAssembler(LibraryService library, TargetService targets, SubsidyService subsidies, ThemeService themes,
                      AnnotationService annotations, Clock clock, String appVersion) {
        this.library = library;
        this.targets = targets;
        this.subsidies = subsidies;
        this.themes = themes;
        this.annotations = annotations;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /**
     * @throws UserException when a requested slug names no document
     */
    WorkbookContent assemble(ExportRequest request) {
        List<DocumentSummary> documents = documents(request);
        List<String> slugs = documents.stream().map(DocumentSummary::slug).toList();
        Set<String> included = Set.copyOf(slugs);
        Map<String, SectionLocator> locators = new HashMap<>();
        slugs.forEach(slug -> locators.put(slug, new SectionLocator(library.open(slug))));
        ExportLanguage language = request.language();

        Codebook codebook = themes.codebooks().active();
        List<CodedPassage> passages = themes.passages(null).stream()
                .filter(p -> included.contains(p.documentSlug())).toList();
        List<ThemeMatrixRow> matrix = ThemeMatrixRow.of(matrixOf(slugs, passages), codebook, language);

        List<TargetService.TargetRow> targetRecords = targets.targets(null, false).stream()
                .filter(t -> included.contains(t.record().document())).toList();

        // Shown in the About sheet as local time: the reader compares it with their own clock.
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.systemDefault());
        return new WorkbookContent(now, appVersion, language, documents, codebook, matrix,
                themePassages(passages, matrix), comparison(slugs, targetRecords, language),
                targetRows(targetRecords, locators), subsidyRows(included, locators),
                annotationRows(included, locators));
    }

    private List<DocumentSummary> documents(ExportRequest request) {
        if (request.wholeLibrary()) {
            return library.documents();
        }
        return request.documents().stream().map(library::document).toList();
    }

    /** The matrix over exactly the included documents, from the same passages the passage sheet lists. */
    private static ThemeMatrix matrixOf(List<String> slugs, List<CodedPassage> passages) {
        Map<String, List<PassageCoding>> byDocument = new LinkedHashMap<>();
        slugs.forEach(slug -> byDocument.put(slug, new ArrayList<>()));
        for (CodedPassage p : passages) {
            Set<String> codes = p.themes().stream().map(PassageTheme::code).collect(Collectors.toSet());
            byDocument.get(p.documentSlug()).add(new PassageCoding(String.valueOf(p.passageId()), p.length(), codes));
        }
        return ThemeMatrix.of(byDocument);
    }

    /** One row per passage and theme; theme names are taken from the matrix rows, already in the language. */
    private static List<ThemePassageRow> themePassages(List<CodedPassage> passages, List<ThemeMatrixRow> matrix) {
        Map<String, String> names = new HashMap<>();
        matrix.forEach(row -> names.put(row.themeCode(), row.themeName()));
        List<ThemePassageRow> rows = new ArrayList<>();
        for (CodedPassage p : passages) {
            for (PassageTheme theme : p.themes()) {
                rows.add(new ThemePassageRow(p.documentSlug(), p.sectionPath(), theme.code(),
                        names.get(theme.code()), theme.terms(), p.text(), p.start(), p.end()));
            }
        }
        return rows;
    }

    private static List<TargetRow> targetRows(List<TargetService.TargetRow> records,
                                              Map<String, SectionLocator> locators) {
        List<TargetRow> rows = new ArrayList<>();
        for (TargetService.TargetRow row : records) {
            TargetRecord record = row.record();
            String sectionPath = locators.get(record.document()).pathAt(record.target().start());
            rows.add(new TargetRow(record.id(), record.document(), record.region(), sectionPath, row.indicatorKey(),
                    record.target(), record.status()));
        }
        return rows;
    }

    /**
     * The comparison rows, with each cell's targets turned back into record ids. The comparison hands out target
     * values, not records, so a target is matched by document and value; two identical records in one document
     * take their ids in library order. The listing is read first, so a cell can only miss a record, never point to
     * one the detail sheet lacks.
     */
    private List<TargetComparisonRow> comparison(List<String> slugs, List<TargetService.TargetRow> records,
                                                 ExportLanguage language) {
        Map<TargetKey, Deque<Long>> ids = new HashMap<>();
        for (TargetService.TargetRow row : records) {
            TargetRecord record = row.record();
            ids.computeIfAbsent(new TargetKey(record.document(), record.target()), k -> new ArrayDeque<>())
                    .add(record.id());
        }
        List<TargetComparisonRow> rows = new ArrayList<>();
        for (TargetComparison.Row row : targets.targetComparison(slugs)) {
            Map<String, List<Long>> cells = new LinkedHashMap<>();
            row.cells().forEach((document, cellTargets) -> {
                List<Long> cellIds = new ArrayList<>();
                for (Target target : cellTargets) {
                    Deque<Long> candidates = ids.get(new TargetKey(document, target));
                    if (candidates == null || candidates.isEmpty()) {
                        // The two reads are separate queries: a target edited in the window between them has
                        // another value in each. Its detail row (the newer read) stays; only this cell is lost.
                        LOG.warn("target changed during export, left out of the comparison: {} {}", document,
                                target.quote());
                        continue;
                    }
                    cellIds.add(candidates.poll());
                }
                cells.put(document, cellIds);
            });
            rows.add(new TargetComparisonRow(row.key(), nameIn(language, row.nameZh(), row.nameEn()), cells));
        }
        return rows;
    }

    private record TargetKey(String document, Target target) {
    }

    private static String nameIn(ExportLanguage language, String nameZh, String nameEn) {
        boolean english = language == ExportLanguage.EN && nameEn != null && !nameEn.isBlank();
        return english ? nameEn : nameZh;
    }

    private List<SubsidyRow> subsidyRows(Set<String> included, Map<String, SectionLocator> locators) {
        List<SubsidyRow> rows = new ArrayList<>();
        for (SubsidyRecord record : subsidies.subsidies(null, false)) {
            if (included.contains(record.document())) {
                String sectionPath = locators.get(record.document()).pathAt(record.subsidy().start());
                rows.add(new SubsidyRow(record.document(), record.region(), sectionPath, record.subsidy(),
                        record.status()));
            }
        }
        return rows;
    }

    private List<AnnotationRow> annotationRows(Set<String> included, Map<String, SectionLocator> locators) {
        List<AnnotationRow> rows = new ArrayList<>();
        for (Annotation annotation : annotations.list(null)) {
            if (included.contains(annotation.documentSlug())) {
                // An orphaned annotation's offsets point into text that is gone, so no section can be named.
                String sectionPath = annotation.orphaned() ? ""
                        : locators.get(annotation.documentSlug()).pathAt(annotation.start());
                rows.add(new AnnotationRow(annotation.documentSlug(), sectionPath, annotation.quote(),
                        annotation.note(), annotation.tags(), annotation.start(), annotation.end(),
                        annotation.createdAt()));
            }
        }
        return rows;
    }
}
