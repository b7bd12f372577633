package org.policylens.ui.library;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;
import org.policylens.model.DocumentSummary;

/**
 * The library's document list, whose listeners (the comparison views, the status line) hear several edits made in
 * one {@link #batch} as one change: an import of 100 files is one change, not 100 reloads of what follows it.
 */
final class DocumentList extends ModifiableObservableListBase<DocumentSummary> {

    private final List<DocumentSummary> documents = new ArrayList<>();

    /** Runs the edits, telling listeners once, after all of them. */
    void batch(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    @Override
    public DocumentSummary get(int index) {
        return documents.get(index);
    }

    @Override
    public int size() {
        return documents.size();
    }

    @Override
    protected void doAdd(int index, DocumentSummary element) {
        documents.add(index, element);
    }

    @Override
    protected DocumentSummary doSet(int index, DocumentSummary element) {
        return documents.set(index, element);
    }

    @Override
    protected DocumentSummary doRemove(int index) {
        return documents.remove(index);
    }
}
