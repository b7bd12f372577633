package org.policylens.ui.reader;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.DocumentContent;
import org.policylens.ui.common.UiServices;

/** The document being read: its blocks and outline, where to scroll, and which terms to highlight. */
public final class ReaderViewModel {

    private final UiServices services;
    private final ReadOnlyObjectWrapper<DocumentContent> content = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReaderBlock> blocks = FXCollections.observableArrayList();
    private final IntegerProperty scrollTarget = new SimpleIntegerProperty(-1);
    private final StringProperty highlight = new SimpleStringProperty("");
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public ReaderViewModel(UiServices services) {
        this.services = services;
    }

    /** Opens a document and, once it is loaded, scrolls to {@code offset} (a code point offset, or -1 for the top). */
    public void open(String slug, int offset) {
        DocumentContent current = content.get();
        if (current != null && current.summary().slug().equals(slug)) {
            scrollTo(offset);
            return;
        }
        services.tasks().execute(BackgroundTask.of("open " + slug, progress -> services.app().library().open(slug))
                .onSuccess(loaded -> {
                    show(loaded);
                    scrollTo(offset);
                })
                .onFailure(failure::set));
    }

    void show(DocumentContent loaded) {
        content.set(loaded);
        blocks.setAll(ReaderBlock.of(loaded));
    }

    /** Asks the view to bring the block at this offset into view. */
    public void scrollTo(int offset) {
        scrollTarget.set(-1);
        scrollTarget.set(offset < 0 ? -1 : ReaderBlock.indexAt(List.copyOf(blocks), offset));
    }

    public ReadOnlyObjectProperty<DocumentContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ObservableList<ReaderBlock> blocks() {
        return blocks;
    }

    /** Index of the block to scroll to; -1 when there is none. */
    public IntegerProperty scrollTargetProperty() {
        return scrollTarget;
    }

    public StringProperty highlightProperty() {
        return highlight;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
