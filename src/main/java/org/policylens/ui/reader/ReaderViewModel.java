package org.policylens.ui.reader;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.model.DocumentContent;
import org.policylens.model.Passage;
import org.policylens.model.SearchHit;
import org.policylens.model.Section;
import org.policylens.text.CodePoints;
import org.policylens.ui.common.UiServices;

/**
 * The document being read: its blocks and outline, where to scroll, Traditional or Simplified display, find in
 * document, and the decorators that mark up its passages (search hits and find matches by default).
 */
public final class ReaderViewModel {

    /** Style class of the selected text's mark. */
    public static final String SELECTION = "reader-selection";

    private final UiServices services;
    private final ReadOnlyObjectWrapper<DocumentContent> content = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReaderBlock> blocks = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper scrollTarget = new ReadOnlyIntegerWrapper(-1);
    private final BooleanProperty simplified = new SimpleBooleanProperty(false);
    private final StringProperty findQuery = new SimpleStringProperty("");
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final PassageDecorators decorators = new PassageDecorators();
    private final SearchHitDecorator searchHits = new SearchHitDecorator();
    private final FindInDocument find = new FindInDocument();
    private final ObjectProperty<ReaderSelection> selection = new SimpleObjectProperty<>();
    private final List<BiPredicate<String, Integer>> clickHandlers = new CopyOnWriteArrayList<>();
    private String loadingSlug;

    public ReaderViewModel(UiServices services) {
        this.services = services;
        decorators.add(searchHits);
        decorators.add(find);
        decorators.add(this::decorateSelection);
        findQuery.addListener((obs, old, query) -> {
            find.search(blocks, query);
            decorators.changed();
            scrollToMatch(find.currentMatch());
        });
        simplified.addListener((obs, old, on) -> decorators.changed());
    }

    /** Opens a document and, once it is loaded, scrolls to {@code offset} (a code point offset, or -1 for the top). */
    public void open(String slug, int offset) {
        if (isOpen(slug)) {
            scrollTo(offset);
            return;
        }
        loadingSlug = slug;
        services.tasks().run(services.messages().get("reader.loading"), progress -> services.app().library().open(slug),
                loaded -> {
                    // A later open() wins: ignore documents that arrive after the user moved on.
                    if (slug.equals(loadingSlug)) {
                        show(loaded);
                        scrollTo(offset);
                    }
                }, failure::set);
    }

    /** Opens the document of a search result at its passage, with the result's hits marked. */
    public void openHit(SearchHit hit) {
        searchHits.setOpenedHit(hit);
        decorators.changed();
        open(hit.documentSlug(), hit.start());
    }

    private boolean isOpen(String slug) {
        return content.get() != null && content.get().summary().slug().equals(slug);
    }

    void show(DocumentContent loaded) {
        SearchHit opened = searchHits.openedHit();
        if (opened != null && !opened.documentSlug().equals(loaded.summary().slug())) {
            searchHits.setOpenedHit(null);
        }
        selection.set(null);
        content.set(loaded);
        blocks.setAll(ReaderBlock.of(loaded));
        find.search(blocks, findQuery.get());
        decorators.changed();
    }

    /** Asks the view to bring the block at this offset into view. */
    public void scrollTo(int offset) {
        scrollToBlock(offset < 0 ? -1 : ReaderBlock.indexAt(List.copyOf(blocks), offset));
    }

    /** Scrolls to where a section of the outline starts. */
    public void goTo(Section section) {
        scrollTo(section.start());
    }

    private void scrollToBlock(int index) {
        // Reset first so that asking for the same block again still moves the view there.
        scrollTarget.set(-1);
        scrollTarget.set(index);
    }

    public void findNext() {
        scrollToMatch(find.next());
        decorators.changed();
    }

    public void findPrevious() {
        scrollToMatch(find.previous());
        decorators.changed();
    }

    private void scrollToMatch(FindInDocument.Match match) {
        if (match != null) {
            scrollToBlock(match.blockIndex());
        }
    }

    /** The words of the global search, highlighted wherever they occur in the open document. */
    public void highlightSearch(String query) {
        searchHits.setQuery(query);
        decorators.changed();
    }

    /** The text to display for a passage: as written, or folded to Simplified when that toggle is on. */
    public String display(String text) {
        return simplified.get() ? SimplifiedDisplay.of(text) : text;
    }

    public ReadOnlyObjectProperty<DocumentContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Slug of the open document, or null. */
    public String openSlug() {
        return content.get() == null ? null : content.get().summary().slug();
    }

    public ObservableList<ReaderBlock> blocks() {
        return blocks;
    }

    /** Index of the block to scroll to; -1 when there is none. */
    public ReadOnlyIntegerProperty scrollTargetProperty() {
        return scrollTarget.getReadOnlyProperty();
    }

    public BooleanProperty simplifiedProperty() {
        return simplified;
    }

    public StringProperty findQueryProperty() {
        return findQuery;
    }

    public FindInDocument find() {
        return find;
    }

    /** Where features register their passage decorators; see {@link PassageDecorator}. */
    public PassageDecorators decorators() {
        return decorators;
    }

    /**
     * Selects {@code [from, to)} of a passage (code point offsets relative to the passage, in either order); an
     * empty range clears the selection.
     */
    public void select(Passage passage, int from, int to) {
        int length = CodePoints.length(passage.text());
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(length, Math.max(from, to));
        ReaderSelection chosen = start >= end || openSlug() == null ? null
                : new ReaderSelection(openSlug(), passage.start() + start, passage.start() + end,
                        CodePoints.substring(passage.text(), start, end));
        if (!java.util.Objects.equals(chosen, selection.get())) {
            selection.set(chosen);
            decorators.changed();
        }
    }

    public void clearSelection() {
        if (selection.get() != null) {
            selection.set(null);
            decorators.changed();
        }
    }

    /** The text selected in the open document, or null. */
    public ReadOnlyObjectProperty<ReaderSelection> selectionProperty() {
        return selection;
    }

    private PassageDecorator.Decoration decorateSelection(Passage passage) {
        ReaderSelection selected = selection.get();
        if (selected == null || selected.end() <= passage.start() || selected.start() >= passage.end()) {
            return PassageDecorator.Decoration.NONE;
        }
        int from = Math.max(selected.start(), passage.start()) - passage.start();
        int to = Math.min(selected.end(), passage.end()) - passage.start();
        return PassageDecorator.Decoration.of(List.of(new PassageDecorator.Span(from, to, SELECTION, null)));
    }

    /**
     * Registers what a plain click on the text does, e.g. opening the annotation under it. A handler gets the open
     * document's slug and the clicked code point offset and returns true when it handled the click.
     */
    public void addClickHandler(BiPredicate<String, Integer> handler) {
        clickHandlers.add(handler);
    }

    /** A plain click (no drag) at this code point offset of the open document. */
    public void clicked(int offset) {
        String slug = openSlug();
        if (slug != null) {
            for (BiPredicate<String, Integer> handler : clickHandlers) {
                if (handler.test(slug, offset)) {
                    return;
                }
            }
        }
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
