package org.policylens.compare;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
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
        List<Target> targets = entries.stream().map(Entry::target).toList();
        Map<Target, IndicatorGroup> automatic = new IdentityHashMap<>();
        Map<String, GroupName> names = new LinkedHashMap<>();
        for (IndicatorGroup group : alignment.align(targets)) {
            group.members().forEach(t -> automatic.put(t, group));
            names.put(group.key(), new GroupName(group.key(), group.nameZh(), group.nameEn()));
        }
        List<GroupName> out = new ArrayList<>(entries.size());
        // Following merges and naming depend on the key alone: done once per key, not once per target.
        Map<String, GroupName> byKey = new HashMap<>();
        for (Entry e : entries) {
            String key = e.assignedGroup() != null ? e.assignedGroup() : automatic.get(e.target()).key();
            out.add(byKey.computeIfAbsent(key, k -> nameOf(followMerges(k, choices), names, choices)));
        }
        return out;
    }

    /**
     * Rows in order of first appearance; only entries of the given documents count. A row's cells are a read-only
     * map in document order.
     */
    public List<Row> rows(List<Entry> entries, List<GroupName> groups, List<String> documents) {
        // Only the cells that hold targets are built per row; the rest share one empty list, and every row's map
        // is a view over the one column list (3,000 documents times hundreds of rows would otherwise be a million
        // map entries, most of them empty).
        Map<String, GroupName> rowNames = new LinkedHashMap<>();
        Map<String, Map<String, List<Target>>> filled = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>(documents);
        List<String> columns = List.copyOf(wanted);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!wanted.contains(e.document())) {
                continue;
            }
            GroupName g = groups.get(i);
            rowNames.putIfAbsent(g.key(), g);
            filled.computeIfAbsent(g.key(), k -> new HashMap<>())
                    .computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e.target());
        }
        List<Row> out = new ArrayList<>(rowNames.size());
        for (GroupName g : rowNames.values()) {
            Map<String, List<Target>> targetsByDocument = filled.get(g.key());
            targetsByDocument.replaceAll((d, ts) -> ts.stream().sorted(BY_YEAR).toList());
            out.add(new Row(g.key(), g.nameZh(), g.nameEn(), new Cells(columns, wanted, targetsByDocument)));
        }
        return out;
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
