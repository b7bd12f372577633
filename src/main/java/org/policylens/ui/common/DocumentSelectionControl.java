package org.policylens.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentSummary;

/**
 * Which documents the comparison views compare: a button saying how many are compared, which opens the library's
 * documents with check boxes, bound both ways to the shared {@link DocumentSelection}. Comparing needs two documents,
 * so unchecking below two (in a library that has two) is undone.
 *
 * <p>The list is virtualized (a library may hold thousands of documents) and built when first opened. The combo box of
 * check boxes used before (ControlsFX's CheckComboBox) built its list, cells and key handling with the window: a tenth
 * of the FX thread's work before the first frame.
 */
public final class DocumentSelectionControl extends Button {

    private static final int MINIMUM = 2;
    private static final int VISIBLE_ROWS = 12;
    private static final double ROW_HEIGHT = 36;

    private final DocumentSelection selection;
    private final Messages messages;
    private final ObservableList<String> slugs = FXCollections.observableArrayList();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    // Held for the control's lifetime: the read-only view listens weakly to the selection (see ThemesViewModel).
    private final ObservableList<String> selected;
    private boolean showingSelection;
    private Popup popup;
    private ListView<String> list;
    /**
     * Closes the list when its window moves or resizes: the list does not follow, and a drag of the title bar is not a
     * click in the window that would hide it. Held here, and given to the window weakly, so a control that a language
     * switch replaced can go.
     */
    private final ChangeListener<Number> hideOnWindowChange = (o, before, now) -> {
        if (isListShowing()) {
            popup.hide();
        }
    };
    private Window followed;

    public DocumentSelectionControl(DocumentSelection selection, ObservableList<DocumentSummary> documents,
                                    Messages messages) {
        this.selection = selection;
        this.messages = messages;
        setId("compare-selection");
        getStyleClass().add("compare-selection");
        setGraphic(new FontIcon(Feather.CHEVRON_DOWN));
        setContentDisplay(ContentDisplay.RIGHT);
        setTooltip(new Tooltip(messages.get("selection.tooltip")));
        setOnAction(e -> toggleList());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.F4) {
                toggleList();
                e.consume();
            }
        });
        documents.addListener((ListChangeListener<DocumentSummary>) c -> showDocuments(documents));
        this.selected = selection.slugs();
        selected.addListener((ListChangeListener<String>) c -> showSelection());
        showDocuments(documents);
    }

    /** Whether the list shows this document checked. */
    public boolean isChecked(String slug) {
        BooleanProperty check = checks.get(slug);
        return check != null && check.get();
    }

    /** Checks or unchecks a document as a click on its check box does. */
    public void setChecked(String slug, boolean checked) {
        BooleanProperty check = checks.get(slug);
        if (check != null) {
            check.set(checked);
        }
    }

    /** Whether the list of documents is open. */
    public boolean isListShowing() {
        return popup != null && popup.isShowing();
    }

    private void showDocuments(List<DocumentSummary> documents) {
        labels.clear();
        documents.forEach(d -> labels.put(d.slug(), DocumentLabels.shortLabel(d)));
        List<String> current = documents.stream().map(DocumentSummary::slug).toList();
        checks.keySet().retainAll(current);
        for (String slug : current) {
            checks.computeIfAbsent(slug, s -> {
                BooleanProperty check = new SimpleBooleanProperty();
                check.addListener((obs, was, now) -> userChanged());
                return check;
            });
        }
        showingSelection = true;
        try {
            slugs.setAll(current);
        } finally {
            showingSelection = false;
        }
        showSelection();
    }

    private void showSelection() {
        setText(messages.get("selection.title", selected.size(), slugs.size()));
        showingSelection = true;
        try {
            for (String slug : slugs) {
                checks.get(slug).set(selection.isSelected(slug));
            }
        } finally {
            showingSelection = false;
        }
    }

    private void userChanged() {
        if (showingSelection) {
            return;
        }
        List<String> checked = slugs.stream().filter(this::isChecked).toList();
        if (checked.size() < Math.min(MINIMUM, slugs.size())) {
            // Undone once this change has reached every listener (the check box is still being updated).
            Platform.runLater(this::showSelection);
            return;
        }
        setText(messages.get("selection.title", checked.size(), slugs.size()));
        selection.select(checked);
    }

    private void toggleList() {
        if (isListShowing()) {
            popup.hide();
            return;
        }
        if (popup == null) {
            popup = buildList();
        }
        double width = Math.max(getWidth(), 320);
        list.setPrefWidth(width);
        Bounds button = localToScreen(getBoundsInLocal());
        if (button != null) {
            // Under the button, right edges aligned: the button sits at the window's right edge.
            popup.show(this, button.getMaxX() - width, button.getMaxY() + 2);
            followWindow(popup.getOwnerWindow());
            list.requestFocus();
            if (list.getFocusModel().getFocusedIndex() < 0 && !slugs.isEmpty()) {
                list.getFocusModel().focus(0);
            }
        }
    }

    private void followWindow(Window window) {
        if (window == null || window == followed) {
            return;
        }
        followed = window;
        // A change listener, not an invalidation listener: nothing reads the window's size between resizes, and an
        // unread property reports only its first invalidation.
        WeakChangeListener<Number> weak = new WeakChangeListener<>(hideOnWindowChange);
        List.of(window.xProperty(), window.yProperty(), window.widthProperty(), window.heightProperty())
                .forEach(p -> p.addListener(weak));
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private Popup buildList() {
        list = new ListView<>(slugs);
        list.setId("compare-selection-list");
        list.getStyleClass().add("compare-selection-list");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPlaceholder(new Label(messages.get("selection.empty")));
        // As tall as its rows (up to a dozen), also while documents arrive with the list open.
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(slugs.size(), 1), VISIBLE_ROWS) * ROW_HEIGHT + 2, slugs));
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String slug) {
                return slug == null ? "" : labels.getOrDefault(slug, slug);
            }

            @Override
            public String fromString(String label) {
                throw new UnsupportedOperationException("the selection is chosen, not typed");
            }
        };
        list.setCellFactory(v -> {
            CheckBoxListCell<String> cell = new CheckBoxListCell<>(checks::get, names);
            // The keyboard stays on the list, and a click on a box moves its focus there: Space then toggles the
            // document last clicked, and the arrow keys go on from it.
            cell.graphicProperty().addListener((obs, old, box) -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> list.getFocusModel().focus(cell.getIndex()));
            // A click on the document's name checks or unchecks it too, as in any check list; the box toggles itself.
            cell.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && cell.getItem() != null
                        && !isInside(e.getPickResult().getIntersectedNode(), cell.getGraphic())) {
                    setChecked(cell.getItem(), !isChecked(cell.getItem()));
                }
            });
            return cell;
        });
        // Space checks or unchecks the focused document, as a click on its box does; Escape and Enter close the list
        // (the list view would take Escape for itself).
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                String slug = list.getFocusModel().getFocusedItem();
                if (slug != null) {
                    setChecked(slug, !isChecked(slug));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
                popup.hide();
                e.consume();
            }
        });
        Popup window = new Popup();
        window.setAutoHide(true);
        window.setHideOnEscape(true);
        window.getContent().add(list);
        return window;
    }
}
