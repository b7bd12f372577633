package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policylens.model.Codebook;
import org.policylens.model.DocumentSummary;
import org.policylens.model.TargetRecord;
import org.policylens.model.Theme;
import org.policylens.model.ThemedSpan;
import org.policylens.service.AppContext;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.service.UserException;

/**
 * What the targets view needs from the library: every target with its group, the themes of the passage each target
 * was read from (for the theme filter), the themes' names and the documents' regions (column titles). Loaded whole
 * in one background task; after a change of some documents only their passages are read again
 * ({@link #withChanges}), and after a metadata edit nothing is ({@link #withRegions}).
 *
 * @param themesByTarget target id → theme codes of its passage
 * @param themeNames     theme code → display name, only themes some target's passage has, in codebook order
 * @param regions        document slug → region (or title when the region is unknown)
 */
record TargetSnapshot(List<TargetRow> targets, Map<Long, Set<String>> themesByTarget, Map<String, String> themeNames,
                      Map<String, String> regions) {

    static TargetSnapshot load(AppContext app, boolean english) {
        List<TargetRow> targets = app.targets().targets(null, false);
        Map<Long, Set<String>> themes = themesByTarget(targets, app.themes().themedSpans(null));
        return new TargetSnapshot(targets, themes, themeNames(themes, app.codebooks().active(), english),
                regions(app.library().documents()));
    }

    /**
     * What a change of some documents needs read: every target with its group (the groups are aligned over the
     * whole library, so a removal or a new version can rename another document's row; the service keeps the
     * library's targets, so this is no read of every document's records), the passages of the documents read
     * again (not those of the whole library), and the codebook for the themes' names.
     *
     * @param passages slug → its coded passages, for the documents read again that are still in the library
     */
    record Changes(List<TargetRow> targets, Map<String, List<ThemedSpan>> passages, Codebook codebook) {
    }

    /** Reads the changes of these documents; one that left the library meanwhile has no passages. */
    static Changes read(AppContext app, Set<String> documents) {
        Map<String, List<ThemedSpan>> passages = new HashMap<>();
        for (String slug : documents) {
            try {
                passages.put(slug, app.themes().themedSpans(slug));
            } catch (UserException gone) {
                passages.put(slug, List.of());
            }
        }
        return new Changes(app.targets().targets(null, false), passages, app.codebooks().active());
    }

    /**
     * This snapshot after {@code changed} documents were read again or removed: the fresh targets, the themes of
     * the targets of every other document as they were (their passages did not change), those of the changed
     * documents found from their fresh passages.
     */
    TargetSnapshot withChanges(Changes changes, Set<String> changed, boolean english) {
        Map<Long, Set<String>> themes = new HashMap<>(themesByTarget.size());
        List<TargetRow> ofChanged = new ArrayList<>();
        for (TargetRow row : changes.targets()) {
            if (changed.contains(row.record().document())) {
                ofChanged.add(row);
            } else {
                Set<String> kept = themesByTarget.get(row.record().id());
                if (kept != null) {
                    themes.put(row.record().id(), kept);
                }
            }
        }
        themes.putAll(themesByTarget(ofChanged,
                changes.passages().values().stream().flatMap(List::stream).toList()));
        return new TargetSnapshot(changes.targets(), themes, themeNames(themes, changes.codebook(), english), regions);
    }

    /**
     * The same records after a metadata edit, read from nowhere: new column titles, and the records of relabelled
     * documents with their document's new region (what a read would give them); every other row is kept as it is.
     *
     * @param recordRegions slug → region, of the relabelled documents
     */
    TargetSnapshot relabelled(Map<String, String> recordRegions, Map<String, String> titles) {
        List<TargetRow> rows = targets;
        if (targets.stream().anyMatch(row -> regionChanges(row.record(), recordRegions))) {
            rows = new ArrayList<>(targets.size());
            for (TargetRow row : targets) {
                TargetRecord r = row.record();
                rows.add(!regionChanges(r, recordRegions) ? row : new TargetRow(new TargetRecord(r.id(),
                        r.document(), recordRegions.get(r.document()), r.target(), r.status(), r.assignedGroup()),
                        row.indicatorKey(), row.indicatorName()));
            }
            rows = List.copyOf(rows);
        }
        return new TargetSnapshot(rows, themesByTarget, themeNames, titles);
    }

    private static boolean regionChanges(TargetRecord record, Map<String, String> recordRegions) {
        String region = recordRegions.get(record.document());
        return region != null && !region.equals(record.region());
    }

    /** Names of the themes some target's passage has, in codebook order. */
    private static Map<String, String> themeNames(Map<Long, Set<String>> themes, Codebook codebook, boolean english) {
        Set<String> used = themes.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<String, String> names = new LinkedHashMap<>();
        for (Theme theme : codebook.themes()) {
            if (used.contains(theme.code())) {
                String name = english && !theme.nameEn().isEmpty() ? theme.nameEn() : theme.nameZh();
                names.put(theme.code(), name.isEmpty() ? theme.code() : name);
            }
        }
        return names;
    }

    static Map<String, String> regions(List<DocumentSummary> documents) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (DocumentSummary d : documents) {
            String region = d.metadata().region() == null || d.metadata().region().isBlank() ? d.metadata().title()
                    : d.metadata().region();
            regions.put(d.slug(), region == null || region.isBlank() ? d.slug() : region);
        }
        return regions;
    }

    /** Finds each target's passage by offset: passages of a document do not overlap, so a binary search will do. */
    private static Map<Long, Set<String>> themesByTarget(List<TargetRow> targets, List<ThemedSpan> passages) {
        Map<String, List<ThemedSpan>> byDocument = new HashMap<>();
        for (ThemedSpan p : passages) {
            byDocument.computeIfAbsent(p.documentSlug(), k -> new ArrayList<>()).add(p);
        }
        byDocument.values().forEach(list -> list.sort(Comparator.comparingInt(ThemedSpan::start)));
        Map<Long, Set<String>> out = new HashMap<>();
        for (TargetRow row : targets) {
            List<ThemedSpan> list = byDocument.getOrDefault(row.record().document(), List.of());
            ThemedSpan p = passageAt(list, row.record().target().start());
            if (p != null) {
                out.put(row.record().id(), Set.copyOf(p.codes()));
            }
        }
        return out;
    }

    private static ThemedSpan passageAt(List<ThemedSpan> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ThemedSpan p = sorted.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }
}
