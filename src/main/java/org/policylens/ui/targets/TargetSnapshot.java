package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;
import org.policylens.service.AppContext;
import org.policylens.service.TargetService.TargetRow;

/**
 * What the targets view needs from the library, loaded in one background task: every target with its group, the
 * themes of the passage each target was read from (for the theme filter), the themes' names and the documents'
 * regions (column titles).
 *
 * @param themesByTarget target id → theme codes of its passage
 * @param themeNames     theme code → display name, only themes some target's passage has, in codebook order
 * @param regions        document slug → region (or title when the region is unknown)
 */
record TargetSnapshot(List<TargetRow> targets, Map<Long, Set<String>> themesByTarget, Map<String, String> themeNames,
                      Map<String, String> regions) {

    static TargetSnapshot load(AppContext app, boolean english) {
        List<TargetRow> targets = app.targets().targets(null, false);
        Map<Long, Set<String>> themes = themesByTarget(targets, app.themes().passages(null));
        Set<String> used = themes.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<String, String> names = new LinkedHashMap<>();
        for (Theme theme : app.codebooks().active().themes()) {
            if (used.contains(theme.code())) {
                String name = english && !theme.nameEn().isEmpty() ? theme.nameEn() : theme.nameZh();
                names.put(theme.code(), name.isEmpty() ? theme.code() : name);
            }
        }
        return new TargetSnapshot(targets, themes, names, regions(app.library().documents()));
    }

    /** The same snapshot with fresh targets (after an edit); passages and offsets do not change with an edit. */
    TargetSnapshot withTargets(List<TargetRow> fresh) {
        return new TargetSnapshot(fresh, themesByTarget, themeNames, regions);
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
    private static Map<Long, Set<String>> themesByTarget(List<TargetRow> targets, List<CodedPassage> passages) {
        Map<String, List<CodedPassage>> byDocument = new HashMap<>();
        for (CodedPassage p : passages) {
            byDocument.computeIfAbsent(p.documentSlug(), k -> new ArrayList<>()).add(p);
        }
        byDocument.values().forEach(list -> list.sort(Comparator.comparingInt(CodedPassage::start)));
        Map<Long, Set<String>> out = new HashMap<>();
        for (TargetRow row : targets) {
            List<CodedPassage> list = byDocument.getOrDefault(row.record().document(), List.of());
            CodedPassage p = passageAt(list, row.record().target().start());
            if (p != null) {
                out.put(row.record().id(),
                        p.themes().stream().map(PassageTheme::code).collect(Collectors.toUnmodifiableSet()));
            }
        }
        return out;
    }

    private static CodedPassage passageAt(List<CodedPassage> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            CodedPassage p = sorted.get(mid);
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
