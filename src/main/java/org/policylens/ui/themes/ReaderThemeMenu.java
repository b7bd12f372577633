package org.policylens.ui.themes;

import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import org.policylens.model.CodedPassage;
import org.policylens.model.Theme;
import org.policylens.ui.reader.ReaderBlock;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * Theme coding in the reader: a right click on a paragraph lists the codebook's themes, ticked where the passage
 * has them; ticking or unticking one adds or removes it through the themes view model, so the chips, the heatmap
 * and the side-by-side panel all follow.
 */
public final class ReaderThemeMenu {

    private ReaderThemeMenu() {
    }

    public static void install(ListView<ReaderBlock> paragraphs, ReaderViewModel reader, ThemesViewModel themes) {
        ContextMenu menu = new ContextMenu();
        menu.setId("reader-theme-menu");
        menu.setOnShowing(e -> fill(menu, passageUnder(paragraphs, reader, themes), themes));
        paragraphs.setContextMenu(menu);
    }

    private static Optional<CodedPassage> passageUnder(ListView<ReaderBlock> paragraphs, ReaderViewModel reader,
                                                       ThemesViewModel themes) {
        ReaderBlock block = paragraphs.getSelectionModel().getSelectedItem();
        ThemeCoding coding = themes.codingProperty().get();
        if (block == null || coding == null || reader.openSlug() == null) {
            return Optional.empty();
        }
        return coding.passageAt(reader.openSlug(), block.passage().start());
    }

    private static void fill(ContextMenu menu, Optional<CodedPassage> passage, ThemesViewModel themes) {
        menu.getItems().clear();
        if (passage.isEmpty()) {
            MenuItem none = new MenuItem(themes.services().messages().get("themes.menu.nopassage"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        MenuItem title = new MenuItem(themes.services().messages().get("themes.menu.title"));
        title.setDisable(true);
        menu.getItems().add(title);
        CodedPassage coded = passage.get();
        for (Theme theme : themes.themes()) {
            CheckMenuItem item = new CheckMenuItem(themes.themeName(theme.code()));
            item.setId("reader-theme-" + theme.code());
            item.setSelected(coded.has(theme.code()));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    themes.addTheme(coded, theme.code());
                } else {
                    themes.removeTheme(coded, theme.code());
                }
            });
            menu.getItems().add(item);
        }
    }
}
