package org.policylens.ui.importing;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One file of an import, as the import panel lists it: its name, how far it got, and what came of it. */
public final class ImportItem {

    /** The life of one file in an import. */
    public enum State {
        WAITING, READING, IMPORTED, DUPLICATE, FAILED;

        public boolean finished() {
            return this == IMPORTED || this == DUPLICATE || this == FAILED;
        }
    }

    private final Path file;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private String documentSlug;

    ImportItem(Path file) {
        this.file = file;
    }

    void update(State newState, String newDetail, String slug) {
        documentSlug = slug;
        detail.set(newDetail);
        state.set(newState);
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The document this file became (imported) or already is (duplicate); null otherwise. */
    public String documentSlug() {
        return documentSlug;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The localized line under the file name: the counts, the duplicate, or why it failed. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String detail() {
        return detail.get();
    }
}
