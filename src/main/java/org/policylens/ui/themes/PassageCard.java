package org.policylens.ui.themes;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.CodedPassage;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;

/**
 * One passage in a side-by-side column: where it sits, its text with the open theme's evidence highlighted, and its
 * themes as chips that can be removed, plus a menu to add one. A click on the text opens it in the reader.
 */
final class PassageCard extends VBox {

    PassageCard(CodedPassage passage, String openTheme, ThemesViewModel model, Messages messages,
                Consumer<CodedPassage> openInReader) {
        super(4);
        setId("side-passage-" + passage.passageId());
        getStyleClass().add("side-passage");
        if (!passage.sectionPath().isBlank()) {
            Label path = new Label(passage.sectionPath());
            path.getStyleClass().add("side-passage-path");
            path.setWrapText(true);
            getChildren().add(path);
        }
        TextFlow text = new TextFlow();
        text.getStyleClass().add("side-passage-text");
        for (EvidenceHighlight.Piece piece : EvidenceHighlight.pieces(passage, openTheme)) {
            Text run = new Text(piece.text());
            run.getStyleClass().add(piece.evidence() ? "side-evidence" : "side-text");
            text.getChildren().add(run);
        }
        text.setCursor(Cursor.HAND);
        Tooltip.install(text, new Tooltip(messages.get("themes.passage.open")));
        text.setOnMouseClicked(e -> openInReader.accept(passage));
        getChildren().add(text);
        List<String> headingTerms = EvidenceHighlight.headingTerms(passage, openTheme);
        if (!headingTerms.isEmpty()) {
            Label heading = new Label(messages.get("themes.passage.heading", String.join("、", headingTerms)));
            heading.getStyleClass().add("side-passage-path");
            getChildren().add(heading);
        }
        getChildren().add(chips(passage, model, messages));
    }

    private static FlowPane chips(CodedPassage passage, ThemesViewModel model, Messages messages) {
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("side-chips");
        for (PassageTheme theme : passage.themes()) {
            Label name = new Label(model.themeName(theme.code()));
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.setId("side-remove-" + passage.passageId() + "-" + theme.code());
            remove.getStyleClass().addAll("flat", "side-chip-remove");
            remove.setTooltip(new Tooltip(messages.get("themes.passage.remove", name.getText())));
            remove.setOnAction(e -> model.removeTheme(passage, theme.code()));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().addAll("side-chip", theme.evidence().isEmpty() ? ThemeChipDecorator.MANUAL_CHIP
                    : ThemeChipDecorator.CHIP);
            chips.getChildren().add(chip);
        }
        MenuButton add = new MenuButton(null, new FontIcon(Feather.PLUS));
        add.setId("side-add-" + passage.passageId());
        add.getStyleClass().addAll("flat", "side-chip-add");
        add.setTooltip(new Tooltip(messages.get("themes.passage.add")));
        for (Theme theme : model.themes()) {
            if (!passage.has(theme.code())) {
                MenuItem item = new MenuItem(model.themeName(theme.code()));
                item.setId("side-add-" + passage.passageId() + "-" + theme.code());
                item.setOnAction(e -> model.addTheme(passage, theme.code()));
                add.getItems().add(item);
            }
        }
        chips.getChildren().add(add);
        return chips;
    }
}
