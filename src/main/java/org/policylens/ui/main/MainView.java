package org.policylens.ui.main;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.SearchHit;
import org.policylens.ui.library.LibraryView;
import org.policylens.ui.reader.ReaderView;
import org.policylens.ui.search.SearchResultsView;

/** The main window's content: menu and search bar, library and search results, the reader, the status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final TabPane sidebar = new TabPane();
    private final Tab searchTab;
    private final TextField searchField = new TextField();

    public MainView(MainViewModel model, Messages messages, Runnable onQuit, Runnable onAbout) {
        this.model = model;
        LibraryView library = new LibraryView(model.library(), messages);
        ReaderView reader = new ReaderView(model.reader(), messages);
        SearchResultsView results = new SearchResultsView(model.search(), this::openHit);

        Tab libraryTab = new Tab(messages.get("library.title"), library);
        libraryTab.setGraphic(new FontIcon(Feather.BOOK));
        searchTab = new Tab(messages.get("search.prompt").split("（|\\(")[0].strip(), results);
        searchTab.setGraphic(new FontIcon(Feather.SEARCH));
        sidebar.getTabs().addAll(libraryTab, searchTab);
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.setMinWidth(260);

        SplitPane split = new SplitPane(sidebar, reader);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(sidebar, false);

        setTop(new VBox(menuBar(messages, onQuit, onAbout), searchBar(messages)));
        setCenter(split);
        setBottom(statusBar());
    }

    private MenuBar menuBar(Messages messages, Runnable onQuit, Runnable onAbout) {
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu(messages.get("menu.file"), null, quit);
        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> onAbout.run());
        Menu help = new Menu(messages.get("menu.help"), null, about);
        return new MenuBar(file, help);
    }

    private HBox searchBar(Messages messages) {
        searchField.setId("search-field");
        searchField.setPromptText(messages.get("search.prompt"));
        searchField.textProperty().bindBidirectional(model.search().queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.search().search();
                sidebar.getSelectionModel().select(searchTab);
            }
        });
        HBox.setHgrow(searchField, Priority.ALWAYS);
        HBox bar = new HBox(8, new FontIcon(Feather.SEARCH), searchField);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(model.countsProperty());
        Label location = new Label(model.libraryLocation());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(status, spacer, counts, location);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void openHit(SearchHit hit) {
        model.reader().open(hit.documentSlug(), hit.start());
    }

    /** Focus the search box (Ctrl+K style shortcut target). */
    public void focusSearch() {
        searchField.requestFocus();
    }
}
