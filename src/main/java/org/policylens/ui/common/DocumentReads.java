package org.policylens.ui.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which background read of a view that holds the records of the library's documents still counts. A whole load
 * counts over every read started before it. A read of changed documents takes over the documents earlier reads had
 * not yet brought in, so only the latest read counts and none is lost when an earlier one is dropped. While a whole
 * load runs, a change should load whole again rather than patch what that load will replace. Used on the FX thread.
 */
public final class DocumentReads {

    /** One read: its place in the order of reads, and the documents it reads (none for a whole load). */
    public record Read(int generation, Set<String> documents, boolean whole) {
    }

    private final Set<String> outdated = new LinkedHashSet<>();
    private int generation;
    private boolean wholePending;

    /** Starts a whole load. */
    public Read whole() {
        outdated.clear();
        wholePending = true;
        return new Read(++generation, Set.of(), true);
    }

    /** Starts a read of these documents and of those earlier reads had not brought in yet. */
    public Read changed(Collection<String> documents) {
        outdated.addAll(documents);
        return new Read(++generation, Set.copyOf(outdated), false);
    }

    /** True while a whole load is under way (or failed): a change should load whole too. */
    public boolean wholePending() {
        return wholePending;
    }

    /**
     * Says a read finished; true when it is the latest, whose result is to be shown. Its documents are then up to
     * date.
     */
    public boolean finished(Read read) {
        if (read.generation() != generation) {
            return false;
        }
        if (read.whole()) {
            wholePending = false;
        }
        outdated.removeAll(read.documents());
        return true;
    }
}
