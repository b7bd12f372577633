package org.policylens.service;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.policylens.compare.TargetComparison;
import org.policylens.compare.ThemeMatrix;
import org.policylens.export.AnnotationRow;
import org.policylens.export.ExportLanguage;
import org.policylens.export.RowSource;
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
        // The library lists records in document id order; reading one document at a time in that order keeps the
        // rows in the order the whole-library listings (and the CLI) give them.
        List<String> inLibraryOrder = documents.stream().sorted(Comparator.comparingLong(DocumentSummary::id))
                .map(DocumentSummary::slug).toList();
        ExportLanguage language = request.language();

        Codebook codebook = themes.codebooks().active();
        Function<String, List<CodedPassage>> passages = themes.passageReader();
        // The matrix comes from the passages' theme codes and lengths alone (no text, no evidence); every
        // (passage, theme) pair it counts is one row of the passage sheet, so it also gives that sheet's size.
        ThemeMatrix themeMatrix = themes.matrixOf(slugs);
        int passageRows = passageThemePairs(themeMatrix);
        List<ThemeMatrixRow> matrix = ThemeMatrixRow.of(themeMatrix, codebook, language);

        List<TargetService.TargetRow> targetRecords = targets.targets(null, false).stream()
                .filter(t -> included.contains(t.record().document())).toList();
        List<SubsidyRecord> subsidyRecords = subsidies.subsidies(null, false).stream()
                .filter(s -> included.contains(s.document())).toList();
        List<Annotation> annotationRecords = annotations.list(null).stream()
                .filter(a -> included.contains(a.documentSlug())).toList();
        SectionPaths paths = sectionPaths(targetRecords, subsidyRecords, annotationRecords);

        // Shown in the About sheet as local time: the reader compares it with their own clock.
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.systemDefault());
        return new WorkbookContent(now, appVersion, language, documents, codebook, matrix,
                new ThemePassages(passages, inLibraryOrder, names(matrix), passageRows),
                comparison(slugs, targetRecords, language), targetRows(targetRecords, paths.targets),
                subsidyRows(subsidyRecords, paths.subsidies), annotationRows(annotationRecords, paths.annotations));
    }

    private List<DocumentSummary> documents(ExportRequest request) {
        if (request.wholeLibrary()) {
            return library.documents();
        }
        return request.documents().stream().map(library::document).toList();
    }

    /** How many (passage, theme) pairs the matrix counts: one per passage in each cell. */
    private static int passageThemePairs(ThemeMatrix matrix) {
        int pairs = 0;
        for (String document : matrix.documents()) {
            for (String theme : matrix.themes()) {
                pairs += matrix.cell(document, theme).passageCount();
            }
        }
        return pairs;
    }

    /** Theme names from the matrix rows, already in the language. */
    private static Map<String, String> names(List<ThemeMatrixRow> matrix) {
        Map<String, String> names = new HashMap<>();
        matrix.forEach(row -> names.put(row.themeCode(), row.themeName()));
        return names;
    }

    /**
     * One row per passage and theme, read again one document at a time while the sheet is written, so the
     * passages' texts and evidence are never all in memory at once.
     */
    private static final class ThemePassages implements RowSource<ThemePassageRow> {

        private final Function<String, List<CodedPassage>> passages;
        private final List<String> slugs;
        private final Map<String, String> names;
        private final int size;

        ThemePassages(Function<String, List<CodedPassage>> passages, List<String> slugs, Map<String, String> names,
                      int size) {
            this.passages = passages;
            this.slugs = slugs;
            this.names = names;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<ThemePassageRow> iterator() {
            return new Iterator<>() {
                private final Iterator<String> documents = slugs.iterator();
                private Iterator<ThemePassageRow> current = Collections.emptyIterator();
                private int yielded;

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && documents.hasNext()) {
                        current = rowsOf(documents.next()).iterator();
                    }
                    if (!current.hasNext() && yielded != size) {
                        // Separate reads: a theme added or removed in between shifts the count the About sheet gave.
                        LOG.warn("theme passages changed during export: {} rows announced, {} written", size, yielded);
                    }
                    return current.hasNext();
                }

                @Override
                public ThemePassageRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    yielded++;
                    return current.next();
                }
            };
        }

        private List<ThemePassageRow> rowsOf(String slug) {
            List<ThemePassageRow> rows = new ArrayList<>();
            for (CodedPassage p : passages.apply(slug)) {
                for (PassageTheme theme : p.themes()) {
                    rows.add(new ThemePassageRow(p.documentSlug(), p.sectionPath(), theme.code(),
                            names.get(theme.code()), theme.terms(), p.text(), p.start(), p.end()));
                }
            }
            return rows;
        }
    }

    /** The section path of each record, by its position in its list. */
    private record SectionPaths(String[] targets, String[] subsidies, String[] annotations) {
    }

    /**
     * Names the section of every record, opening one document at a time (its text, sections and passages are
     * dropped before the next one is read).
     */
    private SectionPaths sectionPaths(List<TargetService.TargetRow> targetRecords, List<SubsidyRecord> subsidyRecords,
                                      List<Annotation> annotationRecords) {
        SectionPaths paths = new SectionPaths(new String[targetRecords.size()], new String[subsidyRecords.size()],
                new String[annotationRecords.size()]);
        // document → positions to resolve: {list, index, offset}
        Map<String, List<int[]>> wanted = new LinkedHashMap<>();
        for (int i = 0; i < targetRecords.size(); i++) {
            TargetRecord record = targetRecords.get(i).record();
            wanted.computeIfAbsent(record.document(), k -> new ArrayList<>())
                    .add(new int[] {0, i, record.target().start()});
        }
        for (int i = 0; i < subsidyRecords.size(); i++) {
            SubsidyRecord record = subsidyRecords.get(i);
            wanted.computeIfAbsent(record.document(), k -> new ArrayList<>())
                    .add(new int[] {1, i, record.subsidy().start()});
        }
        for (int i = 0; i < annotationRecords.size(); i++) {
            Annotation annotation = annotationRecords.get(i);
            if (annotation.orphaned()) {
                // An orphaned annotation's offsets point into text that is gone, so no section can be named.
                paths.annotations[i] = "";
            } else {
                wanted.computeIfAbsent(annotation.documentSlug(), k -> new ArrayList<>())
                        .add(new int[] {2, i, annotation.start()});
            }
        }
        wanted.forEach((slug, positions) -> {
            SectionLocator locator = new SectionLocator(library.open(slug));
            for (int[] position : positions) {
                String[] list = position[0] == 0 ? paths.targets : position[0] == 1 ? paths.subsidies
                        : paths.annotations;
                list[position[1]] = locator.pathAt(position[2]);
            }
        });
        return paths;
    }

    private static List<TargetRow> targetRows(List<TargetService.TargetRow> records, String[] paths) {
        List<TargetRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            TargetRecord record = records.get(i).record();
            rows.add(new TargetRow(record.id(), record.document(), record.region(), paths[i],
                    records.get(i).indicatorKey(), record.target(), record.status()));
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

    private static List<SubsidyRow> subsidyRows(List<SubsidyRecord> records, String[] paths) {
        List<SubsidyRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            SubsidyRecord record = records.get(i);
            rows.add(new SubsidyRow(record.document(), record.region(), paths[i], record.subsidy(), record.status()));
        }
        return rows;
    }

    private static List<AnnotationRow> annotationRows(List<Annotation> records, String[] paths) {
        List<AnnotationRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Annotation annotation = records.get(i);
            rows.add(new AnnotationRow(annotation.documentSlug(), paths[i], annotation.quote(), annotation.note(),
                    annotation.tags(), annotation.start(), annotation.end(), annotation.createdAt()));
        }
        return rows;
    }
}
