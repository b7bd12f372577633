package org.policylens.ui.main;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;

/** The menu bar. Its accelerators are the app's keyboard shortcuts (listed in Help › Keyboard shortcuts). */
final class MainMenu {

    /** What the menu items do; the main view supplies them. */
    record Actions(Runnable quit, Runnable reload, Runnable focusSearch, Runnable find, Runnable findNext,
                   Runnable findPrevious, Runnable focusLibraryFilter, Runnable importFiles, Runnable exportExcel) {
    }

    private MainMenu() {
    }

    static MenuBar build(MainViewModel model, Messages messages, Actions actions) {
        MenuBar bar = new MenuBar(file(messages, actions), edit(messages, actions), view(model, messages),
                help(model, messages));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(Messages messages, Actions actions) {
        MenuItem importFiles = item("menu-import", messages.get("menu.file.import"), "Shortcut+O", Feather.DOWNLOAD);
        importFiles.setOnAction(e -> actions.importFiles().run());
        MenuItem exportExcel = item("menu-export", messages.get("menu.file.export"), "Shortcut+E", Feather.SHARE);
        exportExcel.setOnAction(e -> actions.exportExcel().run());
        MenuItem reload = item("menu-reload", messages.get("menu.file.reload"), "F5", Feather.REFRESH_CW);
        reload.setOnAction(e -> actions.reload().run());
        MenuItem quit = item("menu-quit", messages.get("menu.file.quit"), "Shortcut+Q", Feather.LOG_OUT);
        quit.setOnAction(e -> actions.quit().run());
        return menu("menu-file", messages.get("menu.file"), importFiles, exportExcel, new SeparatorMenuItem(), reload,
                new SeparatorMenuItem(), quit);
    }

    private static Menu edit(Messages messages, Actions actions) {
        MenuItem search = item("menu-search", messages.get("menu.edit.search"), "Shortcut+K", Feather.SEARCH);
        search.setOnAction(e -> actions.focusSearch().run());
        MenuItem find = item("menu-find", messages.get("menu.edit.find"), "Shortcut+F", Feather.FILE_TEXT);
        find.setOnAction(e -> actions.find().run());
        MenuItem next = item("menu-find-next", messages.get("menu.edit.findnext"), "F3", Feather.CHEVRON_DOWN);
        next.setOnAction(e -> actions.findNext().run());
        MenuItem previous = item("menu-find-previous", messages.get("menu.edit.findprevious"), "Shift+F3",
                Feather.CHEVRON_UP);
        previous.setOnAction(e -> actions.findPrevious().run());
        MenuItem filter = item("menu-filter", messages.get("menu.edit.filter"), "Shortcut+L", Feather.FILTER);
        filter.setOnAction(e -> actions.focusLibraryFilter().run());
        return menu("menu-edit", messages.get("menu.edit"), search, find, next, previous, new SeparatorMenuItem(),
                filter);
    }

    private static Menu view(MainViewModel model, Messages messages) {
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.view.dark"), new FontIcon(Feather.MOON));
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        CheckMenuItem simplified = new CheckMenuItem(messages.get("menu.view.simplified"));
        simplified.setId("menu-simplified");
        simplified.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        simplified.selectedProperty().bindBidirectional(model.reader().simplifiedProperty());
        Menu language = new Menu(messages.get("menu.view.language"), new FontIcon(Feather.GLOBE));
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + locale.getLanguage()));
            choice.setId("menu-language-" + locale.getLanguage());
            choice.setToggleGroup(group);
            choice.setSelected(locale.getLanguage().equals(model.languageProperty().get().getLanguage()));
            choice.setOnAction(e -> model.languageProperty().set(locale));
            language.getItems().add(choice);
        }
        return menu("menu-view", messages.get("menu.view"), dark, simplified, new SeparatorMenuItem(), language);
    }

    private static Menu help(MainViewModel model, Messages messages) {
        MenuItem shortcuts = item("menu-shortcuts", messages.get("menu.help.shortcuts"), "F1", Feather.HELP_CIRCLE);
        shortcuts.setOnAction(e -> model.showShortcuts());
        MenuItem about = item("menu-about", messages.get("menu.help.about"), null, Feather.INFO);
        about.setOnAction(e -> model.showAbout());
        return menu("menu-help", messages.get("menu.help"), shortcuts, about);
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String id, String text, String accelerator, Feather icon) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
