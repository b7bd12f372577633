package org.policylens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;

class ImportViewModelTest {

    @TempDir
    Path dir;
    private ImportTestContext ctx;
    private final Messages zh = new Messages(Messages.CHINESE);

    @BeforeEach
    void open() {
        ctx = new ImportTestContext(dir);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void importsAChosenDocxWithItsCountsOpensItAndOffersTheGuessedMetadata() throws IOException {
        ctx.dialogs.filesToOpen.add(List.of(ImportFixtures.planWithRewardTable(dir, "plan.docx")));
        ctx.dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), m.title(), "某某市人民政府", Level.CITY,
                "某省某某市", "2024-03-01", m.docNumber(), m.script(), m.source());

        ctx.importing.chooseAndImport();

        ImportItem item = ctx.importing.items().get(0);
        assertEquals(ImportItem.State.IMPORTED, item.state(), item.detail());
        assertTrue(item.detail().matches("已导入：\\d+ 个段落 · [1-9]\\d* 个目标 · 2 项补贴"), item.detail());
        DocumentMetadata guessed = ctx.dialogs.metadataShown.get(0);
        assertEquals(ImportFixtures.PLAN_TITLE, guessed.title());
        assertEquals("某政〔2024〕8号", guessed.docNumber());
        var stored = ctx.app.library().document(item.documentSlug()).metadata();
        assertEquals("某省某某市", stored.region(), "the edit from the form is saved");
        assertEquals(Level.CITY, stored.level());
        assertEquals(item.documentSlug(), ctx.library.selectedProperty().get().slug(), "the new document is selected");
        assertFalse(ctx.importing.runningProperty().get());
    }

    @Test
    void cancellingTheMetadataFormKeepsTheGuess() throws IOException {
        ctx.importing.importFiles(List.of(ImportFixtures.planWithRewardTable(dir, "plan.docx")));
        String slug = ctx.importing.items().get(0).documentSlug();
        assertEquals(ImportFixtures.PLAN_TITLE, ctx.app.library().document(slug).metadata().title());
        assertEquals(1, ctx.dialogs.metadataShown.size());
    }

    @Test
    void theSameTextTwiceIsReportedAsADuplicateOfTheFirstAndSkipped() throws IOException {
        Path plan = ImportFixtures.planWithRewardTable(dir, "plan.docx");
        Path copy = Files.copy(plan, dir.resolve("copy of plan.docx"));
        ctx.importing.importFiles(List.of(plan));
        ctx.importing.importFiles(List.of(copy));

        ImportItem second = ctx.importing.items().get(1);
        assertEquals(ImportItem.State.DUPLICATE, second.state());
        assertEquals("重复（已跳过）：与资料库中的《" + ImportFixtures.PLAN_TITLE + "》内容相同", second.detail());
        assertEquals(ctx.importing.items().get(0).documentSlug(), second.documentSlug());
        assertEquals(1, ctx.documentCount());
        assertEquals(1, ctx.dialogs.metadataShown.size(), "no form for a skipped duplicate");
    }

    @Test
    void everyBadFileFailsWithItsReasonInChineseAndTheLibraryStaysUnchanged() throws IOException {
        ctx.importing.importFiles(List.of(ImportFixtures.planWithRewardTable(dir, "good.docx")));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0, 0, 1, 2, 0, 0, 7, 0, 0, 0});
        List<Path> bad = List.of(
                Files.write(dir.resolve("empty.txt"), new byte[0]),
                binary,
                Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4"),
                ImportFixtures.brokenDocx(dir),
                ImportFixtures.zipBomb(dir, 100),
                ImportFixtures.largeText(dir, 50),
                dir.resolve("missing.txt"));
        List<String> expected = List.of("import.reason.empty", "import.reason.binary",
                "import.reason.unsupported_format", "import.reason.corrupt", "import.reason.corrupt",
                "import.reason.too_large", "import.reason.io");
        ctx.dialogs.metadataShown.clear();

        ctx.importing.importFiles(bad);

        for (int i = 0; i < bad.size(); i++) {
            ImportItem item = ctx.importing.items().get(i + 1);
            assertEquals(ImportItem.State.FAILED, item.state(), item.fileName());
            assertEquals(zh.get("import.state.failed", zh.get(expected.get(i))), item.detail(), item.fileName());
            assertNull(item.documentSlug());
        }
        assertEquals(1, ctx.documentCount(), "only the good file is in the library");
        assertTrue(ctx.dialogs.metadataShown.isEmpty());
        assertEquals("已导入 1 · 重复 0 · 失败 7（共 8 个文件）", ctx.importing.summary());
    }

    @Test
    void aBadFileDoesNotStopTheOthersAndTheLastGoodOneOpens() throws IOException {
        Path first = ImportFixtures.planWithRewardTable(dir, "first.docx");
        Path broken = ImportFixtures.brokenDocx(dir);
        Path second = ImportFixtures.planWithRewardTable(dir, "second.docx", "第二个版本的结尾。");

        ctx.importing.importFiles(List.of(first, broken, second));

        assertEquals(List.of(ImportItem.State.IMPORTED, ImportItem.State.FAILED, ImportItem.State.IMPORTED),
                ctx.importing.items().stream().map(ImportItem::state).toList());
        assertEquals(ctx.importing.items().get(2).documentSlug(), ctx.library.selectedProperty().get().slug());
        assertTrue(ctx.dialogs.metadataShown.isEmpty(), "several new documents: edited later, one at a time");
        ctx.importing.clearFinished();
        assertTrue(ctx.importing.items().isEmpty());
    }

    @Test
    void eachFileShowsItsResultAsSoonAsItIsInTheLibraryWhileTheOthersAreStillGoing() throws IOException {
        Path first = ImportFixtures.planWithRewardTable(dir, "first.docx");
        Path broken = ImportFixtures.brokenDocx(dir);
        Path second = ImportFixtures.planWithRewardTable(dir, "second.docx", "第二个版本的结尾。");
        List<String> seenWhenTheFirstFinished = new java.util.ArrayList<>();
        ctx.importing.items().addListener((javafx.collections.ListChangeListener<ImportItem>) change -> {
            while (change.next()) {
                for (ImportItem added : change.getAddedSubList()) {
                    if (added.fileName().equals("first.docx")) {
                        added.stateProperty().addListener((o, was, now) -> {
                            if (now == ImportItem.State.IMPORTED) {
                                ctx.importing.items().forEach(i -> seenWhenTheFirstFinished.add(i.state().name()));
                                seenWhenTheFirstFinished.add("running=" + ctx.importing.runningProperty().get());
                            }
                        });
                    }
                }
            }
        });

        ctx.importing.importFiles(List.of(first, broken, second));

        assertEquals(List.of("IMPORTED", "READING", "READING", "running=true"), seenWhenTheFirstFinished);
        assertEquals(List.of(ImportItem.State.IMPORTED, ImportItem.State.FAILED, ImportItem.State.IMPORTED),
                ctx.importing.items().stream().map(ImportItem::state).toList());
    }
}
