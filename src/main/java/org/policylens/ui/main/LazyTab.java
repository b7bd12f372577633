package org.policylens.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A tab whose content is built the first time the tab is selected. Until then it costs no classes, no CSS and no
 * layout, so tabs the user has not opened yet do not slow down the first frame.
 */
final class LazyTab extends Tab {

    private Supplier<? extends Node> content;

    private LazyTab(String id, String text, Ikon icon, Supplier<? extends Node> content) {
        super(text);
        setId(id);
        setGraphic(new FontIcon(icon));
        this.content = content;
        selectedProperty().addListener((obs, was, selected) -> {
            if (selected && this.content != null) {
                Supplier<? extends Node> pending = this.content;
                this.content = null;
                setContent(pending.get());
            }
        });
    }

    /**
     * The view is built when the tab is first selected. Only for views that show their model's state as it is when
     * they are built, not just the changes that come after.
     */
    static LazyTab builtOnSelection(String id, String text, Ikon icon, Supplier<? extends Node> view) {
        return new LazyTab(id, text, icon, view);
    }
}
