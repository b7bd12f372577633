package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.model.Codebook;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeUsage;
import org.policylens.service.CodebookService;
import org.policylens.ui.common.UiServices;

/**
 * The codebook editor: the active codebook's themes, and the edits a researcher makes to them (add, rename, merge,
 * delete, keywords). Every edit recodes the library, so it runs in the background; merge and delete first count the
 * passages they affect and ask. After each edit the themes view is told to load again.
 */
public final class CodebookEditorViewModel {

    /** Asks the user to go ahead with a destructive edit; {@code message} is localized. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String message);
    }

    private final UiServices services;
    private final Runnable onChanged;
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final StringProperty selected = new SimpleStringProperty();
    private final ObservableList<Keyword> keywords = FXCollections.observableArrayList();
    private final ObservableList<Keyword> keywordsView = FXCollections.unmodifiableObservableList(keywords);
    private final ReadOnlyBooleanWrapper keywordsChanged = new ReadOnlyBooleanWrapper(false);

    public CodebookEditorViewModel(UiServices services, Runnable onChanged) {
        this.services = services;
        this.onChanged = onChanged;
        selected.addListener((obs, old, code) -> showKeywords());
    }

    /** Loads the active codebook in the background. */
    public void load() {
        services.tasks().run(services.messages().get("codebook.loading"), progress -> codebooks().active(),
                this::show, this::failed);
    }

    private void show(Codebook loaded) {
        codebook.set(loaded);
        if (selected.get() != null && loaded.theme(selected.get()).isEmpty()) {
            selected.set(null);
        }
        showKeywords();
    }

    private void showKeywords() {
        keywords.setAll(selectedTheme() == null ? List.of() : selectedTheme().rule().keywords());
        keywordsChanged.set(false);
    }

    /** Adds a top-level theme; its code is made from the English name (or numbered) and never shown to users. */
    public void addTheme(String nameZh, String nameEn) {
        if (nameZh.isBlank() && nameEn.isBlank()) {
            return;
        }
        String code = newCode(nameEn, Set.copyOf(codebook.get().codes()));
        Theme theme = new Theme(code, nameZh.strip(), nameEn.strip(), "", null, null);
        edit(() -> codebooks().addTheme(codebookId(), theme), code);
    }

    public void renameSelected(String nameZh, String nameEn) {
        String code = selected.get();
        if (code != null && !(nameZh.isBlank() && nameEn.isBlank())) {
            edit(() -> codebooks().renameTheme(codebookId(), code, nameZh.strip(), nameEn.strip()), code);
        }
    }

    /** Adds a keyword to the draft, or gives an existing term its new weight; saved by {@link #saveKeywords()}. */
    public void putKeyword(String term, double weight) {
        String clean = term.strip();
        if (clean.isEmpty() || !(weight > 0)) {
            return;
        }
        List<Keyword> draft = new ArrayList<>(keywords);
        draft.removeIf(k -> k.term().equals(clean));
        draft.add(new Keyword(clean, weight));
        keywords.setAll(draft);
        keywordsChanged.set(true);
    }

    public void removeKeyword(Keyword keyword) {
        if (keywords.remove(keyword)) {
            keywordsChanged.set(true);
        }
    }

    public void saveKeywords() {
        String code = selected.get();
        if (code != null && keywordsChanged.get()) {
            List<Keyword> draft = List.copyOf(keywords);
            edit(() -> codebooks().setKeywords(codebookId(), code, draft), code);
        }
    }

    /** Merges the selected theme into {@code targetCode}, after the user confirmed how many passages move. */
    public void mergeSelectedInto(String targetCode, Confirmation confirmation) {
        String source = selected.get();
        if (source == null || targetCode == null || source.equals(targetCode)) {
            return;
        }
        confirmAfterCounting(source, usage -> services.messages().get("codebook.merge.confirm", name(source),
                name(targetCode), usage.passages(), usage.documents()), confirmation,
                () -> edit(() -> codebooks().mergeThemes(codebookId(), source, targetCode), targetCode));
    }

    /** Deletes the selected theme, after the user confirmed how many passages lose it. */
    public void deleteSelected(Confirmation confirmation) {
        String code = selected.get();
        if (code == null) {
            return;
        }
        confirmAfterCounting(code, usage -> services.messages().get("codebook.delete.confirm", name(code),
                usage.passages(), usage.documents()), confirmation,
                () -> edit(() -> codebooks().deleteTheme(codebookId(), code), null));
    }

    private void confirmAfterCounting(String code, java.util.function.Function<ThemeUsage, String> question,
                                      Confirmation confirmation, Runnable then) {
        String id = codebookId();
        services.tasks().run(services.messages().get("codebook.counting"), progress -> codebooks().usage(id, code),
                usage -> {
                    if (confirmation.confirm(question.apply(usage))) {
                        then.run();
                    }
                }, this::failed);
    }

    /** Runs an edit in the background, then shows the edited codebook with {@code select} selected. */
    private void edit(Runnable change, String select) {
        services.tasks().run(services.messages().get("codebook.saving"), progress -> {
            change.run();
            return codebooks().active();
        }, edited -> {
            selected.set(select);
            show(edited);
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        services.showFailure(error);
    }

    /** A theme code from an English name: lower-case words joined by '_', numbered when taken or empty. */
    static String newCode(String nameEn, Set<String> taken) {
        String base = nameEn.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        if (base.length() > 30) {
            base = base.substring(0, 30).replaceAll("_$", "");
        }
        if (base.isEmpty()) {
            base = "theme";
        }
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** A theme's name in the UI language. */
    public String name(String code) {
        return codebook.get() == null ? code : codebook.get().theme(code)
                .map(t -> ThemeCoding.name(t, services.messages().locale())).orElse(code);
    }

    public Theme selectedTheme() {
        return codebook.get() == null || selected.get() == null ? null
                : codebook.get().theme(selected.get()).orElse(null);
    }

    private CodebookService codebooks() {
        return services.app().codebooks();
    }

    private String codebookId() {
        return codebook.get().id();
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    /** Code of the theme being edited, or null. */
    public StringProperty selectedProperty() {
        return selected;
    }

    /** The selected theme's keywords as edited so far (saved by {@link #saveKeywords()}). */
    public ObservableList<Keyword> keywords() {
        return keywordsView;
    }

    public ReadOnlyBooleanProperty keywordsChangedProperty() {
        return keywordsChanged.getReadOnlyProperty();
    }
}
