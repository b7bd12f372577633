package org.policylens.ui.exporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.concurrent.DirectTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.common.UiTasks;
import org.policylens.ui.importing.RecordingDialogs;

class ExportViewModelTest extends BundledLibraryTest {

    private static final Clock NOV_21 = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final byte[] OLD = {1, 2, 3};

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ExportViewModel model(Locale language, List<String> compared) {
        UiPreferences preferences = new UiPreferences(dir.resolve("ui-" + language + compared.size() + ".properties"));
        UiServices services = new UiServices(app, new UiTasks(new DirectTaskExecutor()), new Messages(language),
                dialogs, preferences);
        DocumentSelection selection = new DocumentSelection(preferences);
        selection.libraryChanged(app.library().documents());
        selection.select(compared);
        return new ExportViewModel(services, selection, NOV_21);
    }

    private static List<String> sheetsOf(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        }
        return names;
    }

    private static int documentRows(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return workbook.getSheetAt(1).getLastRowNum();
        }
    }

    @Test
    void suggestsADatedNameInTheUiLanguage() {
        assertEquals("PolicyLens-对比-2026-11-21.xlsx", model(Messages.CHINESE, List.of()).suggestedFileName());
        assertEquals("PolicyLens-comparison-2026-11-21.xlsx", model(Messages.ENGLISH, List.of()).suggestedFileName());
    }

    @Test
    void exportsTheComparedDocumentsInChineseAndSaysWhatItWrote() throws Exception {
        Path target = dir.resolve("zh/对比.xlsx");
        dialogs.filesToSave.add(Optional.of(target));
        model(Messages.CHINESE, List.of("hefei", "yichun")).chooseAndExport();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("说明", sheetsOf(target).get(0));
        assertEquals(2, documentRows(target), "one row per compared document");
        assertTrue(dialogs.information.get(0).contains("包含 2 个文件"), dialogs.information.get(0));
        assertTrue(dialogs.questions.isEmpty(), "a new file needs no question");
    }

    @Test
    void anEnglishUiGetsAnEnglishWorkbookAndTheExtensionIsAdded() throws Exception {
        dialogs.filesToSave.add(Optional.of(dir.resolve("english")));
        model(Messages.ENGLISH, List.of("zhejiang")).chooseAndExport();
        assertEquals("About", sheetsOf(dir.resolve("english.xlsx")).get(0));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path target = Files.write(dir.resolve("existing.xlsx"), OLD);
        dialogs.filesToSave.add(Optional.of(target));
        dialogs.answer = false;
        model(Messages.CHINESE, List.of("hefei")).chooseAndExport();
        assertTrue(dialogs.questions.get(0).contains(target.toString()), dialogs.questions.get(0));
        assertArrayEquals(OLD, Files.readAllBytes(target));

        dialogs.filesToSave.add(Optional.of(target));
        dialogs.answer = true;
        model(Messages.CHINESE, List.of("hefei")).chooseAndExport();
        assertEquals("说明", sheetsOf(target).get(0));
    }

    @Test
    void aReadOnlyTargetGivesAClearMessageAndStaysAsItWas() throws Exception {
        Path target = Files.write(dir.resolve("locked.xlsx"), OLD);
        assertTrue(target.toFile().setWritable(false, false));
        try {
            dialogs.filesToSave.add(Optional.of(target));
            dialogs.answer = true;
            ExportViewModel model = model(Messages.CHINESE, List.of("hefei"));
            model.chooseAndExport();
            assertEquals(1, dialogs.errors.size());
            assertTrue(dialogs.errors.get(0).startsWith("无法写入这个位置：文件是只读的"), dialogs.errors.get(0));
            assertArrayEquals(OLD, Files.readAllBytes(target));
            assertFalse(model.runningProperty().get());
        } finally {
            target.toFile().setWritable(true, false);
        }
    }

    @Test
    void cancellingTheChooserWritesNothing() {
        model(Messages.CHINESE, List.of()).chooseAndExport();
        assertEquals(List.of("PolicyLens-对比-2026-11-21.xlsx"), dialogs.suggestedNames);
        assertTrue(dialogs.information.isEmpty() && dialogs.errors.isEmpty());
    }
}
