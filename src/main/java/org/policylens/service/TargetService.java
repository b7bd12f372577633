package org.policylens.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.policylens.compare.TargetComparison;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.IndicatorGroupRepository;
import org.policylens.store.IndicatorGroupRepository.Group;
import org.policylens.store.IndicatorGroupRepository.Origin;
import org.policylens.store.TargetRepository;

/**
 * Targets for the comparison views: listing them with their indicator group, the user's corrections (edit, confirm,
 * reject) and the user's regrouping (merge groups, split targets out of a group). Every write is one transaction.
 */
public final class TargetService {

    /** A target with the indicator group it is compared in. */
    public record TargetRow(TargetRecord record, String indicatorKey, String indicatorName) {
    }

    /** The fields a user may correct; the quote and offsets are the record's anchor in the text and stay. */
    public record TargetFields(String indicator, double value, Double valueMax, String unit, Comparator comparator,
                               Integer year, boolean perYear) {

        public TargetFields {
            if (indicator == null || indicator.isBlank()) {
                throw new UserException("a target needs an indicator");
            }
            Objects.requireNonNull(comparator, "comparator");
            if (valueMax != null && valueMax < value) {
                throw new UserException("the upper value " + valueMax + " is below the value " + value);
            }
        }
    }

    private final TargetRepository targets;
    private final IndicatorGroupRepository groups;
    private final DocumentRepository documents;
    /** Made on first use: its indicator dictionary is read and indexed then, not on the way to the first window. */
    private final Supplier<TargetComparison> comparison;
    private final Clock clock;
    private volatile KeptLibrary kept;

    public TargetService(TargetRepository targets, IndicatorGroupRepository groups, DocumentRepository documents,
                         Supplier<TargetComparison> comparison, Clock clock) {
        this.targets = targets;
        this.groups = groups;
        this.documents = documents;
        this.comparison = comparison;
        this.clock = clock;
    }

    /**
     * Targets in library order with their indicator group.
     *
     * @param slug only this document, or null for all
     * @param includeRejected whether records the user rejected are listed too
     * @throws UserException when there is no document with that slug
     */
    public List<TargetRow> targets(String slug, boolean includeRejected) {
        if (slug != null) {
            requireDocument(slug);
        }
        // Groups are computed over the whole library (rejected records too) so that a key does not depend on the
        // filter, nor change when a record is rejected.
        Library library = library();
        List<TargetRow> out = new ArrayList<>();
        for (int i = 0; i < library.records.size(); i++) {
            TargetRecord r = library.records.get(i);
            if ((slug == null || slug.equals(r.document()))
                    && (includeRejected || r.status() != RecordStatus.REJECTED)) {
                TargetComparison.GroupName g = library.groups.get(i);
                out.add(new TargetRow(r, g.key(), g.nameZh()));
            }
        }
        return out;
    }

    /**
     * Targets side by side: one row per indicator group, one column per document. Rejected records are left out.
     *
     * @param slugs the documents to compare, in column order; empty for the whole library
     * @throws UserException when a slug names no document
     */
    public List<TargetComparison.Row> targetComparison(List<String> slugs) {
        List<String> allSlugs = documents.slugs();
        List<String> columns = slugs.isEmpty() ? allSlugs : slugs;
        // One read of the slugs rather than a look-up per column: a comparison of the whole library has 3,000.
        Set<String> known = new HashSet<>(allSlugs);
        for (String slug : columns) {
            if (!known.contains(slug)) {
                throw new UserException("no document with slug '" + slug + "' in the library");
            }
        }
        return comparisonOf(library(), columns);
    }

    private List<TargetComparison.Row> comparisonOf(Library library, List<String> columns) {
        List<TargetComparison.Entry> entries = new ArrayList<>();
        List<TargetComparison.GroupName> names = new ArrayList<>();
        for (int i = 0; i < library.records.size(); i++) {
            if (library.records.get(i).status() != RecordStatus.REJECTED) {
                entries.add(library.entries.get(i));
                names.add(library.groups.get(i));
            }
        }
        return comparison.get().rows(entries, names, columns);
    }

    /** Replaces a target's fields with the user's; its status becomes edited. */
    public TargetRecord edit(long id, TargetFields fields) {
        TargetRecord current = require(id);
        Target old = current.target();
        Target edited = new Target(fields.indicator().strip(), fields.value(), fields.valueMax(),
                fields.unit() == null || fields.unit().isBlank() ? null : fields.unit().strip(), fields.comparator(),
                fields.year(), fields.perYear(), old.quote(), old.start(), old.end());
        targets.edit(id, edited, now());
        return require(id);
    }

    /** The user agrees with the record as it stands. */
    public TargetRecord confirm(long id) {
        return setStatus(id, RecordStatus.CONFIRMED);
    }

    /** The user says this is not a target; it is hidden from listings and comparisons, and extraction keeps off it. */
    public TargetRecord reject(long id) {
        return setStatus(id, RecordStatus.REJECTED);
    }

    private TargetRecord setStatus(long id, RecordStatus status) {
        require(id);
        targets.setStatus(id, status, now());
        return require(id);
    }

    /**
     * Shows the targets of group {@code fromKey} in group {@code intoKey} from now on.
     *
     * @throws UserException when a group is unknown, the two are the same, or {@code intoKey} is already merged
     *                       into {@code fromKey} (which would make a cycle)
     */
    public void mergeGroups(String fromKey, String intoKey) {
        if (Objects.equals(fromKey, intoKey)) {
            throw new UserException("cannot merge the indicator group '" + fromKey + "' into itself");
        }
        Library library = library();
        Map<String, TargetComparison.GroupName> known = library.knownGroups();
        TargetComparison.GroupName from = requireGroup(known, fromKey);
        TargetComparison.GroupName into = requireGroup(known, intoKey);
        if (TargetComparison.followMerges(intoKey, library.choices).equals(fromKey)) {
            throw new UserException("the indicator group '" + intoKey + "' is already merged into '" + fromKey + "'");
        }
        groups.merge(group(from), group(into), now());
    }

    /** Undoes a merge: the group's targets show in their own row again. */
    public void unmergeGroup(String key) {
        if (!groups.unmerge(key, now())) {
            throw new UserException("the indicator group '" + key + "' is not merged into another");
        }
    }

    /**
     * Moves targets out of their group into a new group of their own.
     *
     * @return the new group's key
     */
    public String splitTargets(List<Long> ids, String nameZh) {
        if (ids.isEmpty()) {
            throw new UserException("choose the targets to split off");
        }
        if (nameZh == null || nameZh.isBlank()) {
            throw new UserException("a new indicator group needs a name");
        }
        ids.forEach(this::require);
        return groups.split(List.copyOf(new LinkedHashSet<>(ids)), nameZh.strip(), now());
    }

    /**
     * Moves targets into an existing indicator group (one that targets are in, or one stored by a merge or split).
     *
     * @throws UserException when the group is unknown or a target does not exist
     */
    public void moveTargets(List<Long> ids, String intoKey) {
        if (ids.isEmpty()) {
            throw new UserException("choose the targets to move");
        }
        ids.forEach(this::require);
        TargetComparison.GroupName into = requireGroup(library().knownGroups(), intoKey);
        groups.assign(List.copyOf(new LinkedHashSet<>(ids)), group(into), now());
    }

    /** Returns targets to the group the automatic alignment gives them. */
    public void resetGroup(List<Long> ids) {
        ids.forEach(this::require);
        groups.assign(ids, null, now());
    }

    /**
     * Every stored target, in library order, with its group: the basis of listings and comparisons. Kept while the
     * library's content version stays the same (any write, by this app or another program, moves it), so showing,
     * filtering and exporting an unchanged library reads and aligns its targets once.
     */
    private Library library() {
        // The version is read before the data: a write in between makes the kept copy newer than its version,
        // which can only cause a needless recomputation, never a stale answer.
        Database.ContentVersion version = targets.contentVersion();
        KeptLibrary current = kept;
        if (current != null && current.version().equals(version)) {
            return current.library();
        }
        Library fresh = readLibrary();
        kept = new KeptLibrary(version, fresh);
        return fresh;
    }

    private record KeptLibrary(Database.ContentVersion version, Library library) {
    }

    private Library readLibrary() {
        List<TargetRecord> records = List.copyOf(targets.list(null, true));
        Map<String, TargetComparison.GroupChoice> choices = new HashMap<>();
        for (Group g : groups.all()) {
            choices.put(g.key(), new TargetComparison.GroupChoice(g.key(), g.nameZh(), g.nameEn(), g.mergedInto()));
        }
        List<TargetComparison.Entry> entries = records.stream()
                .map(r -> new TargetComparison.Entry(r.document(), r.target(), r.assignedGroup())).toList();
        List<TargetComparison.GroupName> grouped = comparison.get().groups(entries, choices);
        return new Library(records, entries, List.copyOf(grouped), Map.copyOf(choices));
    }

    private record Library(List<TargetRecord> records, List<TargetComparison.Entry> entries,
                           List<TargetComparison.GroupName> groups,
                           Map<String, TargetComparison.GroupChoice> choices) {

        /** Groups a user can name: those targets are in now, and those stored (merged away or made by a split). */
        Map<String, TargetComparison.GroupName> knownGroups() {
            Map<String, TargetComparison.GroupName> known = new HashMap<>();
            groups.forEach(g -> known.put(g.key(), g));
            choices.values().forEach(c -> known.putIfAbsent(c.key(),
                    new TargetComparison.GroupName(c.key(), c.nameZh(), c.nameEn())));
            return known;
        }
    }

    private Group group(TargetComparison.GroupName name) {
        Origin origin = name.key().startsWith("user_") ? Origin.user
                : name.key().startsWith("x_") ? Origin.derived : Origin.dictionary;
        return new Group(name.key(), name.nameZh(), name.nameEn(), origin, null);
    }

    private static TargetComparison.GroupName requireGroup(Map<String, TargetComparison.GroupName> known,
                                                           String key) {
        TargetComparison.GroupName g = known.get(key);
        if (g == null) {
            throw new UserException("no indicator group '" + key + "'");
        }
        return g;
    }

    private TargetRecord require(long id) {
        return targets.find(id).orElseThrow(() -> new UserException("no target with id " + id));
    }

    private void requireDocument(String slug) {
        if (documents.findBySlug(slug).isEmpty()) {
            throw new UserException("no document with slug '" + slug + "' in the library");
        }
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
