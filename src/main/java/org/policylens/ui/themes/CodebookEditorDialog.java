package org.policylens.ui.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.Codebook;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;

/**
 * The codebook editor window: the themes as a tree on the left; the selected theme's names and keywords on the
 * right. Destructive edits (merge, delete) ask first, saying how many passages they affect.
 */
final class CodebookEditorDialog {

    private final CodebookEditorViewModel model;
    private final Messages messages;
    private final TreeView<Theme> tree = new TreeView<>();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private boolean showingCodebook;

    private CodebookEditorDialog(CodebookEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    static void show(Window owner, CodebookEditorViewModel model, Messages messages) {
        CodebookEditorDialog editor = new CodebookEditorDialog(model, messages);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("codebook.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(editor.content());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(860, 560);
        model.load();
        dialog.show();
    }

    private HBox content() {
        HBox box = new HBox(12, themesPane(), detailsPane());
        box.getStyleClass().add("codebook-editor");
        box.setId("codebook-editor");
        HBox.setHgrow(box.getChildren().get(1), Priority.ALWAYS);
        return box;
    }

    private VBox themesPane() {
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Theme theme, boolean empty) {
                super.updateItem(theme, empty);
                setText(empty || theme == null ? null : model.name(theme.code()));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!showingCodebook) {
                model.selectedProperty().set(item == null || item.getValue() == null ? null : item.getValue().code());
            }
        });
        model.codebookProperty().addListener((obs, old, codebook) -> showTree(codebook));
        Button add = new Button(messages.get("codebook.add"), new FontIcon(Feather.PLUS));
        add.setId("codebook-add");
        add.setOnAction(e -> askNewTheme().ifPresent(names -> model.addTheme(names[0], names[1])));
        Button merge = new Button(messages.get("codebook.merge"), new FontIcon(Feather.GIT_MERGE));
        merge.setId("codebook-merge");
        merge.setOnAction(e -> askMergeTarget().ifPresent(target -> model.mergeSelectedInto(target, this::confirm)));
        Button delete = new Button(messages.get("codebook.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("codebook-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.deleteSelected(this::confirm));
        merge.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        VBox pane = new VBox(8, tree, new HBox(6, add, merge, delete));
        pane.setPrefWidth(330);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return pane;
    }

    private VBox detailsPane() {
        nameZh.setId("codebook-name-zh");
        nameEn.setId("codebook-name-en");
        Button rename = new Button(messages.get("codebook.rename"), new FontIcon(Feather.CHECK));
        rename.setId("codebook-rename");
        rename.setOnAction(e -> model.renameSelected(nameZh.getText(), nameEn.getText()));
        GridPane names = new GridPane();
        names.setHgap(8);
        names.setVgap(6);
        names.addRow(0, new Label(messages.get("codebook.name.zh")), nameZh);
        names.addRow(1, new Label(messages.get("codebook.name.en")), nameEn, rename);
        GridPane.setHgrow(nameZh, Priority.ALWAYS);
        GridPane.setHgrow(nameEn, Priority.ALWAYS);

        ListView<Keyword> keywords = new ListView<>(model.keywords());
        keywords.setId("codebook-keywords");
        keywords.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Keyword keyword, boolean empty) {
                super.updateItem(keyword, empty);
                setText(empty || keyword == null ? null
                        : messages.get("codebook.keyword", keyword.term(), keyword.weight()));
            }
        });
        TextField term = new TextField();
        term.setId("codebook-term");
        term.setPromptText(messages.get("codebook.term"));
        Spinner<Double> weight = new Spinner<>(0.1, 5.0, 1.0, 0.5);
        weight.setEditable(true);
        weight.setPrefWidth(90);
        keywords.getSelectionModel().selectedItemProperty().addListener((obs, old, k) -> {
            if (k != null) {
                term.setText(k.term());
                weight.getValueFactory().setValue(k.weight());
            }
        });
        Button put = new Button(messages.get("codebook.keyword.put"), new FontIcon(Feather.PLUS));
        put.setId("codebook-keyword-put");
        put.setOnAction(e -> model.putKeyword(term.getText(), weight.getValue()));
        Button remove = new Button(messages.get("codebook.keyword.remove"), new FontIcon(Feather.MINUS));
        remove.setOnAction(e -> {
            Keyword k = keywords.getSelectionModel().getSelectedItem();
            if (k != null) {
                model.removeKeyword(k);
            }
        });
        Button save = new Button(messages.get("codebook.keyword.save"), new FontIcon(Feather.SAVE));
        save.setId("codebook-keyword-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.keywordsChangedProperty().not());
        save.setOnAction(e -> model.saveKeywords());
        HBox keywordTools = new HBox(6, term, weight, put, remove, save);
        keywordTools.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(term, Priority.ALWAYS);

        Label keywordsTitle = new Label(messages.get("codebook.keywords"));
        keywordsTitle.getStyleClass().add("pane-title");
        Label hint = new Label(messages.get("codebook.hint"));
        hint.getStyleClass().add("codebook-hint");
        hint.setWrapText(true);
        VBox pane = new VBox(8, names, keywordsTitle, keywords, keywordTools, hint);
        pane.disableProperty().bind(model.selectedProperty().isNull());
        VBox.setVgrow(keywords, Priority.ALWAYS);
        model.selectedProperty().addListener((obs, old, code) -> showNames());
        model.codebookProperty().addListener((obs, old, codebook) -> showNames());
        pane.visibleProperty().bind(Bindings.isNotNull(model.codebookProperty()));
        return pane;
    }

    private void showNames() {
        Theme theme = model.selectedTheme();
        nameZh.setText(theme == null ? "" : theme.nameZh());
        nameEn.setText(theme == null ? "" : theme.nameEn());
    }

    private void showTree(Codebook codebook) {
        showingCodebook = true;
        try {
            TreeItem<Theme> root = new TreeItem<>();
            Map<String, TreeItem<Theme>> items = new HashMap<>();
            codebook.themes().forEach(t -> items.put(t.code(), new TreeItem<>(t)));
            for (Theme theme : codebook.themes()) {
                TreeItem<Theme> item = items.get(theme.code());
                item.setExpanded(true);
                (theme.parentCode() == null ? root : items.get(theme.parentCode())).getChildren().add(item);
            }
            tree.setRoot(root);
            TreeItem<Theme> selected = items.get(model.selectedProperty().get());
            if (selected != null) {
                tree.getSelectionModel().select(selected);
            }
        } finally {
            showingCodebook = false;
        }
    }

    private Optional<String[]> askNewTheme() {
        Dialog<String[]> dialog = new Dialog<>();
        dialog.initOwner(tree.getScene().getWindow());
        dialog.setTitle(messages.get("codebook.add"));
        TextField zh = new TextField();
        zh.setId("codebook-new-zh");
        TextField en = new TextField();
        en.setId("codebook-new-en");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(messages.get("codebook.name.zh")), zh);
        form.addRow(1, new Label(messages.get("codebook.name.en")), en);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new String[] {zh.getText(), en.getText()} : null);
        return dialog.showAndWait();
    }

    /** Which theme to merge the selected one into, chosen by name. */
    private Optional<String> askMergeTarget() {
        Codebook codebook = model.codebookProperty().get();
        String source = model.selectedProperty().get();
        if (codebook == null || source == null) {
            return Optional.empty();
        }
        Map<String, String> codeByName = new HashMap<>();
        List<String> names = codebook.themes().stream().filter(t -> !t.code().equals(source)).map(t -> {
            String name = model.name(t.code());
            codeByName.put(name, t.code());
            return name;
        }).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.isEmpty() ? null : names.get(0), names);
        dialog.initOwner(tree.getScene().getWindow());
        dialog.setTitle(messages.get("codebook.merge"));
        dialog.setHeaderText(messages.get("codebook.merge.choose", model.name(source)));
        return dialog.showAndWait().map(codeByName::get);
    }

    private boolean confirm(String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(tree.getScene().getWindow());
        alert.setTitle(messages.get("codebook.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
