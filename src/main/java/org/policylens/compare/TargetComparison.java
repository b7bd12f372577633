package org.policylens.compare;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policylens.model.IndicatorGroup;
import org.policylens.model.Target;

/**
 * Targets side by side: one row per indicator group, one column per document. The group of a target is what the
 * {@link IndicatorAlignment} gives it, unless the user moved the target to another group (split) or merged its
 * group into another; those choices always win.
 */
public final class TargetComparison {

    /**
     * One target as the comparison sees it.
     *
     * @param assignedGroup the group the user moved it to, or null
     */
    public record Entry(String document, Target target, String assignedGroup) {

        public Entry {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * A group the user decided about.
     *
     * @param mergedInto the group it was merged into, or null
     */
    public record GroupChoice(String key, String nameZh, String nameEn, String mergedInto) {
    }

    /** The group a target ends up in, with the names to show for it. */
    public record GroupName(String key, String nameZh, String nameEn) {
    }

    /**
     * A row of the comparison.
     *
     * @param cells document → its targets in this group, by year (targets without a year first), for every document
     *              asked for (an empty list where a document sets none)
     */
    public record Row(String key, String nameZh, String nameEn, Map<String, List<Target>> cells) {
    }

    private static final Comparator<Target> BY_YEAR = Comparator
            .comparing((Target t) -> t.year() == null ? Integer.MIN_VALUE : t.year())
            .thenComparingInt(Target::start);

    private final IndicatorAlignment alignment;

    public TargetComparison(IndicatorAlignment alignment) {
        this.alignment = alignment;
    }

    /**
     * The group of every entry, in entry order. Entries should be the whole library in library order: the
     * alignment merges similar wordings in order of first appearance, so a subset could name a group differently.
     */
    public List<GroupName> groups(List<Entry> entries, Map<String, GroupChoice> choices) {
        // The alignment gives a target written like an earlier one (same indicator and unit) that one's group, and
        // only a new wording can change its state; so aligning the first target of each wording, in order, groups
        // every target the same as aligning them all (a library has ~100,000 targets, a few hundred wordings).
        Map<Wording, Integer> wordings = new HashMap<>();
        List<Target> firstOfWording = new ArrayList<>();
        int[] wordingOfEntry = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Target t = entries.get(i).target();
            Integer wording = wordings.putIfAbsent(new Wording(t.indicator(), t.unit()), firstOfWording.size());
            if (wording == null) {
                wording = firstOfWording.size();
                firstOfWording.add(t);
            }
            wordingOfEntry[i] = wording;
        }
        Map<Target, String> automatic = new IdentityHashMap<>();
        Map<String, GroupName> names = new LinkedHashMap<>();
        for (IndicatorGroup group : alignment.align(firstOfWording)) {
            group.members().forEach(t -> automatic.put(t, group.key()));
            names.put(group.key(), new GroupName(group.key(), group.nameZh(), group.nameEn()));
        }
        List<GroupName> out = new ArrayList<>(entries.size());
        // Following merges and naming depend on the key alone: done once per key, not once per target.
        Map<String, GroupName> byKey = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String key = e.assignedGroup() != null ? e.assignedGroup()
                    : automatic.get(firstOfWording.get(wordingOfEntry[i]));
            out.add(byKey.computeIfAbsent(key, k -> nameOf(followMerges(k, choices), names, choices)));
        }
        return out;
    }

    /** An indicator and unit as written: what the alignment resolves (unit may be null). */
    private record Wording(String indicator, String unit) {
    }

    /**
     * Rows in order of first appearance; only entries of the given documents count. A row's cells are a read-only
     * map in document order.
     */
    public List<Row> rows(List<Entry> entries, List<GroupName> groups, List<String> documents) {
        // Only the cells that hold targets are built per row; the rest share one empty list, and every row's map
        // is a view over the one column list (3,000 documents times hundreds of rows would otherwise be a million
        // map entries, most of them empty).
        Set<String> wanted = new LinkedHashSet<>(documents);
        List<String> columns = List.copyOf(wanted);
        Map<String, RowCells> rows = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (wanted.contains(e.document())) {
                GroupName g = groups.get(i);
                rows.computeIfAbsent(g.key(), k -> new RowCells(g)).add(e.document(), e.target());
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (RowCells row : rows.values()) {
            Map<String, List<Target>> targetsByDocument = row.sortedCells();
            out.add(new Row(row.name.key(), row.name.nameZh(), row.name.nameEn(),
                    new Cells(columns, wanted, targetsByDocument)));
        }
        return out;
    }

    /** The filled cells of a row while it is gathered. */
    private static final class RowCells {

        private final GroupName name;
        private final Map<String, List<Target>> cells = new HashMap<>();
        private String lastDocument;
        private List<Target> lastCell;

        RowCells(GroupName name) {
            this.name = name;
        }

        void add(String document, Target target) {
            // Entries come document by document, so a row's targets of one document mostly arrive in a run.
            if (!document.equals(lastDocument)) {
                lastCell = cells.computeIfAbsent(document, d -> new ArrayList<>(2));
                lastDocument = document;
            }
            lastCell.add(target);
        }

        /** Each cell by year (targets without a year first), then place, read-only. */
        Map<String, List<Target>> sortedCells() {
            cells.replaceAll((document, targets) -> {
                targets.sort(BY_YEAR);
                return Collections.unmodifiableList(targets);
            });
            return cells;
        }
    }

    /**
     * A row's cells: every column document in order, mapped to its targets in the row or to an empty list. Equal
     * to (and iterating like) a {@link LinkedHashMap} filled column by column, without an entry object per cell.
     */
    private static final class Cells extends AbstractMap<String, List<Target>> {

        private final List<String> columns;
        private final Set<String> columnSet;
        private final Map<String, List<Target>> filled;

        Cells(List<String> columns, Set<String> columnSet, Map<String, List<Target>> filled) {
            this.columns = columns;
            this.columnSet = columnSet;
            this.filled = filled;
        }

        @Override
        public List<Target> get(Object document) {
            return columnSet.contains(document) ? filled.getOrDefault(document, List.of()) : null;
        }

        @Override
        public boolean containsKey(Object document) {
            return columnSet.contains(document);
        }

        @Override
        public int size() {
            return columns.size();
        }

        @Override
        public Set<Map.Entry<String, List<Target>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, List<Target>>> iterator() {
                    Iterator<String> documents = columns.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return documents.hasNext();
                        }

                        @Override
                        public Map.Entry<String, List<Target>> next() {
                            String document = documents.next();
                            return new SimpleImmutableEntry<>(document, filled.getOrDefault(document, List.of()));
                        }
                    };
                }

                @Override
                public int size() {
                    return columns.size();
                }
            };
        }
    }

    /** Follows merges to the group that absorbed this one; a cycle (which the service refuses) stops the walk. */
    public static String followMerges(String key, Map<String, GroupChoice> choices) {
        Set<String> seen = new HashSet<>();
        String current = key;
        while (seen.add(current)) {
            GroupChoice choice = choices.get(current);
            if (choice == null || choice.mergedInto() == null) {
                return current;
            }
            current = choice.mergedInto();
        }
        return current;
    }

    private GroupName nameOf(String key, Map<String, GroupName> automatic, Map<String, GroupChoice> choices) {
        GroupChoice choice = choices.get(key);
        if (choice != null && !choice.nameZh().isEmpty()) {
            return new GroupName(key, choice.nameZh(), choice.nameEn());
        }
        GroupName name = automatic.get(key);
        if (name != null) {
            return name;
        }
        for (IndicatorDictionary.Entry entry : alignment.dictionary().entries()) {
            if (entry.key().equals(key)) {
                return new GroupName(key, entry.nameZh(), entry.nameEn());
            }
        }
        return new GroupName(key, key, "");
    }
}
