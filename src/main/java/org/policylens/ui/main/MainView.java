package org.policylens.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.SearchHit;
import org.policylens.ui.importing.DocumentActionsViewModel;
import org.policylens.ui.importing.ImportDropTarget;
import org.policylens.ui.importing.ImportPanel;
import org.policylens.ui.library.DocumentCommands;
import org.policylens.ui.annotations.AnnotationCommands;
import org.policylens.ui.annotations.AnnotationsView;
import org.policylens.ui.common.DocumentSelectionControl;
import org.policylens.ui.library.LibraryView;
import org.policylens.ui.reader.ReaderView;
import org.policylens.ui.search.SearchResultsView;
import org.policylens.ui.themes.ReaderThemeMenu;
import org.policylens.ui.themes.ThemeChipDecorator;
import org.policylens.ui.themes.ThemesView;
import org.policylens.ui.subsidies.SubsidiesView;
import org.policylens.ui.targets.TargetsView;

/** The main window's content: menu and search bar, library and search results, the reader, the status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final Messages messages;
    private final TabPane sidebar = new TabPane();
    private final TabPane workspace = new TabPane();
    private final Tab libraryTab;
    private final Tab searchTab;
    private final TextField searchField = new TextField();
    private final LibraryView library;
    private final ReaderView reader;

    public MainView(MainViewModel model, Messages messages, Runnable onQuit) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("main-view");
        library = new LibraryView(model.library(), messages);
        reader = new ReaderView(model.reader(), messages);

        // Only the library and the reader make the first frame; the other views are built when their tab is first
        // selected (each shows its model's state as it is then, and follows it from there).
        libraryTab = new Tab(messages.get("library.title"), library);
        libraryTab.setId("tab-library");
        libraryTab.setGraphic(new FontIcon(Feather.BOOK));
        searchTab = LazyTab.builtOnSelection("tab-search", messages.get("search.title"), Feather.SEARCH,
                () -> new SearchResultsView(model.search(), messages, this::openHit));
        AnnotationCommands annotationCommands = new AnnotationCommands(model.annotations(), reader, messages);
        Tab annotationsTab = LazyTab.builtOnSelection("tab-annotations", messages.get("annotations.title"),
                Feather.EDIT_3,
                () -> new AnnotationsView(model.annotations(), annotationCommands, messages, this::showReader));
        sidebar.getTabs().addAll(libraryTab, searchTab, annotationsTab);
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.setMinWidth(280);

        Tab readerTab = new Tab(messages.get("workspace.reader"), reader);
        readerTab.setId("tab-reader");
        readerTab.setGraphic(new FontIcon(Feather.FILE_TEXT));
        // The workspace: the reader first; comparison and annotation views add their tabs here.
        workspace.getTabs().add(readerTab);
        workspace.getTabs().add(themesTab());
        workspace.getTabs().add(LazyTab.builtOnSelection("tab-targets", messages.get("workspace.targets"),
                Feather.TRENDING_UP, () -> new TargetsView(model.targets(), messages, this::showReader)));
        workspace.getTabs().add(LazyTab.builtOnSelection("tab-subsidies", messages.get("workspace.subsidies"),
                Feather.AWARD, () -> new SubsidiesView(model.subsidies(), messages, this::showReader)));
        workspace.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workspace.setId("workspace");

        SplitPane split = new SplitPane(sidebar, workspace);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(sidebar, false);

        MainMenu.Actions actions = new MainMenu.Actions(onQuit, () -> model.library().reload(), this::focusSearch,
                reader::openFind, () -> model.reader().findNext(), () -> model.reader().findPrevious(),
                this::focusLibraryFilter, () -> model.importing().chooseAndImport(),
                () -> model.exporting().chooseAndExport());
        MenuBar menuBar = MainMenu.build(model, messages, actions);
        annotationCommands.installIn(menuBar);
        setTop(new VBox(menuBar, searchBar()));
        setCenter(split);
        setBottom(new VBox(new ImportPanel(model.importing(), messages), new StatusBar(model)));
        ImportDropTarget.install(this, model.importing());
        DocumentActionsViewModel documents = model.importing().actions();
        library.setDocumentCommands(new DocumentCommands(documents::editMetadata, documents::replaceWithNewVersion,
                documents::remove));
    }

    /** 主题对比: the heatmap and side-by-side passages; theme chips and the theme menu go into the reader. */
    private Tab themesTab() {
        ThemeChipDecorator.install(model.themes(), model.reader());
        ReaderThemeMenu.install(reader.paragraphs(), model.reader(), model.themes());
        return LazyTab.builtOnSelection("tab-themes", messages.get("workspace.themes"), Feather.GRID,
                () -> new ThemesView(model.themes(), messages, passage -> {
                    showReader();
                    model.openPassage(passage.documentSlug(), passage.start());
                }));
    }

    private HBox searchBar() {
        searchField.setId("search-field");
        searchField.setPromptText(messages.get("search.prompt"));
        searchField.textProperty().bindBidirectional(model.search().queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                runSearch();
            }
        });
        HBox.setHgrow(searchField, Priority.ALWAYS);
        Button go = new Button(messages.get("search.button"), new FontIcon(Feather.SEARCH));
        go.setId("search-button");
        go.getStyleClass().add("accent");
        go.setOnAction(e -> runSearch());
        DocumentSelectionControl compared = new DocumentSelectionControl(model.comparison(),
                model.library().allDocuments(), messages);
        HBox bar = new HBox(8, searchField, recentMenu(), go, compared);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("search-bar");
        return bar;
    }

    /** The recent queries, filled when the menu opens so it always shows the current list. */
    private MenuButton recentMenu() {
        MenuButton recent = new MenuButton(null, new FontIcon(Feather.CLOCK));
        recent.setId("search-recent-menu");
        recent.setTooltip(new Tooltip(messages.get("search.recent")));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (String query : model.search().recentQueries()) {
                MenuItem item = new MenuItem(query);
                item.setOnAction(a -> {
                    model.search().queryProperty().set(query);
                    runSearch();
                });
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("search.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        return recent;
    }

    private void runSearch() {
        model.runSearch();
        sidebar.getSelectionModel().select(searchTab);
    }

    private void openHit(SearchHit hit) {
        showReader();
        model.openHit(hit);
    }

    /** Focus the search box (Ctrl+K). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Focus the library's filter box (Ctrl+L). */
    public void focusLibraryFilter() {
        sidebar.getSelectionModel().select(libraryTab);
        library.focusFilter();
    }

    public ReaderView reader() {
        return reader;
    }

    public LibraryView library() {
        return library;
    }

    /** Brings the reader tab to the front, e.g. when a view opens a passage in it. */
    public void showReader() {
        workspace.getSelectionModel().select(0);
    }
}
