package org.policylens.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentSummary;

/**
 * Which documents the comparison views compare: a drop-down of check boxes bound both ways to the shared
 * {@link DocumentSelection}. Comparing needs two documents, so unchecking below two (in a library that has two)
 * is undone.
 */
public final class DocumentSelectionControl extends CheckComboBox<String> {

    private static final int MINIMUM = 2;

    private final DocumentSelection selection;
    private final Messages messages;
    private final Map<String, String> labels = new HashMap<>();
    // Held for the control's lifetime: the read-only view listens weakly to the selection (see ThemesViewModel).
    private final ObservableList<String> selected;
    private boolean showingSelection;

    public DocumentSelectionControl(DocumentSelection selection, ObservableList<DocumentSummary> documents,
                                    Messages messages) {
        this.selection = selection;
        this.messages = messages;
        setId("compare-selection");
        getStyleClass().add("compare-selection");
        setTooltip(new Tooltip(messages.get("selection.tooltip")));
        setConverter(new StringConverter<>() {
            @Override
            public String toString(String slug) {
                return slug == null ? "" : labels.getOrDefault(slug, slug);
            }

            @Override
            public String fromString(String label) {
                throw new UnsupportedOperationException("the selection is chosen, not typed");
            }
        });
        documents.addListener((ListChangeListener<DocumentSummary>) c -> showDocuments(documents));
        this.selected = selection.slugs();
        selected.addListener((ListChangeListener<String>) c -> showSelection());
        getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> userChanged());
        showDocuments(documents);
    }

    private void showDocuments(List<DocumentSummary> documents) {
        labels.clear();
        documents.forEach(d -> labels.put(d.slug(), DocumentLabels.shortLabel(d)));
        showingSelection = true;
        try {
            getItems().setAll(documents.stream().map(DocumentSummary::slug).toList());
        } finally {
            showingSelection = false;
        }
        showSelection();
    }

    private void showSelection() {
        // Title first: the drop-down's skin redraws its text when the checks change, not when the title does.
        setTitle(messages.get("selection.title", selected.size(), getItems().size()));
        showingSelection = true;
        try {
            for (String slug : getItems()) {
                if (selection.isSelected(slug)) {
                    getCheckModel().check(slug);
                } else {
                    getCheckModel().clearCheck(slug);
                }
            }
        } finally {
            showingSelection = false;
        }
    }

    private void userChanged() {
        if (showingSelection) {
            return;
        }
        List<String> checked = List.copyOf(getCheckModel().getCheckedItems());
        if (checked.size() < Math.min(MINIMUM, getItems().size())) {
            // Undo after this change has been delivered: the check model does not expect edits while notifying.
            Platform.runLater(this::showSelection);
            return;
        }
        // Before the skin's own listener redraws the text for this change.
        setTitle(messages.get("selection.title", checked.size(), getItems().size()));
        selection.select(checked);
    }
}
