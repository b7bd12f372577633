package org.policylens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.concurrent.DirectTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.model.Passage;
import org.policylens.service.AppContext;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.common.UiTasks;
import org.policylens.ui.library.LibraryViewModel;
import org.policylens.ui.reader.PassageDecorator;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * The annotations view model on a real library (the bundled corpus), with tasks run at once on the test thread: what
 * the panel lists, the reader's highlights, rename and merge of tags, delete and undo, export and import.
 */
class AnnotationsViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ReaderViewModel reader;
    private AnnotationsViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("lib.db"));
        app.importer().importBundled();
        UiServices services = new UiServices(app, new UiTasks(new DirectTaskExecutor()), new Messages(Messages.CHINESE),
                dialogs, new UiPreferences(dir.resolve("ui.properties")));
        LibraryViewModel library = new LibraryViewModel(services);
        reader = new ReaderViewModel(services);
        model = new AnnotationsViewModel(services, library, reader);
        library.reload();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Annotation annotate(String slug, String quote, String note, String... tags) {
        return app.annotations().annotateQuote(slug, quote, 1, note, AnnotationColor.GREEN, List.of(tags));
    }

    @Test
    void savingADraftCommitsItAndOnlyThenSaysSaved() {
        reader.open("hefei", -1);
        Passage passage = reader.blocks().get(3).passage();
        reader.select(passage, 0, 4);
        AnnotationDraft draft = AnnotationDraft.of(reader.selectionProperty().get(), AnnotationColor.BLUE)
                .withContent("第一条\n第二行", AnnotationColor.BLUE, List.of("标准"));
        model.save(draft);

        List<Annotation> stored = app.annotations().list("hefei");
        assertEquals(1, stored.size());
        assertEquals(passage.start(), stored.get(0).start());
        assertEquals("第一条\n第二行", stored.get(0).note());
        assertTrue(model.statusProperty().get().startsWith("批注已保存"), model.statusProperty().get());
        assertNull(reader.selectionProperty().get(), "the selection is used up");
        assertEquals(List.of(new TagCount("标准", 1)), model.tags());
        PassageDecorator.Decoration decoration = reader.decorators().decorate(passage);
        assertTrue(decoration.spans().stream().anyMatch(s -> s.styleClass().equals("annotation-blue")
                && s.start() == 0 && s.end() == 4 && s.tooltip().contains("第二行")), decoration.toString());
    }

    @Test
    void aFailedSaveSaysSoAndNeverSaved() {
        model.save(new AnnotationDraft(0, "no-such-document", 0, 3, "abc", "", AnnotationColor.YELLOW, List.of()));
        assertEquals("批注未能保存", model.statusProperty().get());
        assertEquals(1, dialogs.errors.size());
        assertTrue(model.all().isEmpty());
    }

    @Test
    void filtersAndSortsWhatThePanelShows() {
        annotate("hefei", "質量", "", "质量");
        annotate("anhui", "标准", "", "标准");
        annotate("hefei", "標準", "合肥的标准", "标准");
        model.reload();
        assertEquals(3, model.shown().size());
        model.tagFilterProperty().set("标准");
        assertEquals(2, model.shown().size());
        model.documentFilterProperty().set("hefei");
        assertEquals(List.of("標準"), model.shown().stream().map(Annotation::quote).toList());
        model.documentFilterProperty().set(null);
        model.tagFilterProperty().set(null);
        model.textFilterProperty().set("合肥的");
        assertEquals(1, model.shown().size());
        model.textFilterProperty().set("");
        model.sortProperty().set(AnnotationSort.DOCUMENT);
        assertEquals("anhui", model.shown().get(0).documentSlug());
    }

    @Test
    void renamingOntoAnExistingTagMergesAfterConfirmingWithCounts() {
        annotate("hefei", "質量", "", "标准化");
        annotate("hefei", "標準", "", "标准化", "标准");
        annotate("anhui", "标准", "", "标准");
        model.reload();
        model.tagFilterProperty().set("标准化");

        dialogs.confirmAnswer = false;
        assertTrue(!model.renameTag("标准化", "标准"));
        assertEquals(2, app.annotations().tags().get("标准化"), "declined: nothing changed");
        assertTrue(dialogs.questions.get(0).contains("“标准化”（2 条批注）合并到已有标签“标准”（2 条批注）"),
                dialogs.questions.get(0));

        dialogs.confirmAnswer = true;
        assertTrue(model.renameTag("标准化", "标准"));
        assertEquals(List.of(new TagCount("标准", 3)), model.tags());
        assertEquals("标准", model.tagFilterProperty().get(), "the filter follows the tag");
        assertEquals(3, model.shown().size());
    }

    @Test
    void deleteThenUndoRestoresTheSameAnnotation() {
        Annotation kept = annotate("hefei", "質量", "重要", "质量");
        model.reload();
        model.delete(kept);
        assertTrue(app.annotations().list(null).isEmpty());
        assertEquals(kept.uuid(), model.lastDeletedProperty().get().uuid());

        model.undoDelete();
        List<Annotation> back = app.annotations().list(null);
        assertEquals(1, back.size());
        assertEquals(kept.uuid(), back.get(0).uuid());
        assertEquals("重要", back.get(0).note());
        assertNull(model.lastDeletedProperty().get(), "undo once");
        assertEquals(1, model.all().size());
    }

    @Test
    void exportsToTheChosenFileAndImportReportsWhatWasAlreadyThere() throws Exception {
        annotate("hefei", "質量", "", "质量");
        annotate("anhui", "标准", "", "标准");
        model.reload();
        dialogs.fileToSave = dir.resolve("out.jsonld");
        model.exportJsonLd();
        assertTrue(dialogs.proposedName.matches("policylens-annotations-\\d{4}-\\d{2}-\\d{2}\\.jsonld"));
        assertTrue(Files.readString(dialogs.fileToSave).contains("\"TextQuoteSelector\""));
        assertTrue(dialogs.information.get(0).contains("2 条批注"), dialogs.information.toString());

        dialogs.fileToOpen = dialogs.fileToSave;
        model.importJsonLd();
        assertEquals("新增 0 条批注；2 条已存在，未重复导入；0 条找不到原文位置，已标为“未定位”。", dialogs.information.get(1));
    }

    @Test
    void cancellingTheFileChooserDoesNothing() {
        model.exportJsonLd();
        model.importJsonLd();
        assertTrue(dialogs.information.isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void tagSuggestionsOfferUsedTagsFirstThenCodebookThemes() {
        annotate("hefei", "質量", "", "我的编码");
        model.reload();
        List<String> suggestions = model.tagSuggestions();
        assertEquals("我的编码", suggestions.get(0));
        assertTrue(suggestions.size() > 5, "the active codebook's themes follow: " + suggestions);
    }
}
