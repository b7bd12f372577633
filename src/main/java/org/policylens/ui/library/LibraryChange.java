package org.policylens.ui.library;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.policylens.model.DocumentSummary;

/**
 * What a change of the library list means for the views that hold the documents' records (targets, subsidies,
 * annotations): which documents to read again, which to drop, and which only need their labels redrawn. A view
 * that gets {@link #whole()} loads everything again (the start, F5).
 *
 * @param whole      the list was loaded anew: every record may have changed
 * @param reread     documents that are new or whose text changed (a new version): their records are read again
 * @param removed    documents that left the library: their records go
 * @param relabelled documents whose metadata (title, region …) alone changed: no record changed
 */
public record LibraryChange(boolean whole, Set<String> reread, Set<String> removed, Set<String> relabelled) {

    public static final LibraryChange WHOLE = new LibraryChange(true, Set.of(), Set.of(), Set.of());

    public LibraryChange {
        reread = Set.copyOf(reread);
        removed = Set.copyOf(removed);
        relabelled = Set.copyOf(relabelled);
    }

    /**
     * Reads a change of the document list: a document replaced by one with the same id and text (same SHA-256) was
     * only relabelled, since records hang on the text alone; any other replacement or addition is read again.
     */
    static LibraryChange of(ListChangeListener.Change<? extends DocumentSummary> change) {
        Map<String, DocumentSummary> before = new HashMap<>();
        Map<String, DocumentSummary> after = new HashMap<>();
        while (change.next()) {
            change.getRemoved().forEach(d -> before.put(d.slug(), d));
            change.getAddedSubList().forEach(d -> after.put(d.slug(), d));
        }
        Set<String> reread = new LinkedHashSet<>();
        Set<String> relabelled = new LinkedHashSet<>();
        after.forEach((slug, now) -> {
            DocumentSummary was = before.remove(slug);
            if (was == null || was.id() != now.id() || !Objects.equals(was.sha256(), now.sha256())) {
                reread.add(slug);
            } else if (!was.equals(now)) {
                relabelled.add(slug);
            }
        });
        return new LibraryChange(false, reread, before.keySet(), relabelled);
    }

    /**
     * The region each relabelled document has now, as its records carry it ("" for none): records hold their
     * document's region, so a relabel rewrites it in the records held rather than read them again.
     */
    public Map<String, String> relabelledRegions(List<DocumentSummary> documents) {
        Map<String, String> regions = new HashMap<>();
        for (DocumentSummary d : documents) {
            if (relabelled.contains(d.slug())) {
                regions.put(d.slug(), d.metadata().region() == null ? "" : d.metadata().region());
            }
        }
        return regions;
    }

    /** True when some document's records may differ: the views holding records must read. */
    public boolean changesRecords() {
        return whole || !reread.isEmpty() || !removed.isEmpty();
    }

    /** The documents whose records the view holds no longer stand: read again or removed. */
    public Set<String> outdated() {
        Set<String> out = new LinkedHashSet<>(reread);
        out.addAll(removed);
        return out;
    }
}
