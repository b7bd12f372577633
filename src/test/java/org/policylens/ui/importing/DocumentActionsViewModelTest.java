package org.policylens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.policylens.model.AnnotationColor;
import org.policylens.model.DocumentMetadata;

class DocumentActionsViewModelTest {

    @TempDir
    Path dir;
    private ImportTestContext ctx;
    private String slug;

    @BeforeEach
    void importPlan() throws IOException {
        ctx = new ImportTestContext(dir);
        ctx.importing.importFiles(List.of(ImportFixtures.planWithRewardTable(dir, "plan.docx")));
        slug = ctx.importing.items().get(0).documentSlug();
        ctx.app.annotations().annotateQuote(slug, "制造业产品质量合格率", 1, "看这里", AnnotationColor.YELLOW,
                List.of("目标"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void removalAsksWithTheCountsAndRemovesNothingWhenDeclined() {
        ctx.dialogs.answer = false;
        ctx.actions.remove(slug);
        assertEquals(1, ctx.dialogs.questions.size());
        assertTrue(ctx.dialogs.questions.get(0).contains("随之删除：1 条批注，0 处对目标或补贴的修改，0 处对主题的修改"),
                ctx.dialogs.questions.get(0));
        assertTrue(ctx.dialogs.questions.get(0).contains("备份"), "says that a backup is made");
        assertEquals(1, ctx.documentCount());
    }

    @Test
    void confirmedRemovalBacksUpThenRemovesAndSaysWhereTheBackupIs() {
        ctx.dialogs.answer = true;
        ctx.actions.remove(slug);
        assertEquals(0, ctx.documentCount());
        String told = ctx.dialogs.information.get(0);
        Path backup = Path.of(told.substring(told.lastIndexOf('\n') + 1));
        assertTrue(Files.isRegularFile(backup), told);
        assertTrue(ctx.library.allDocuments().isEmpty(), "the library list reloaded");
    }

    @Test
    void replacingWithANewVersionReportsTheAnnotationsFoundAgainAndReopens() throws IOException {
        ctx.dialogs.filesToOpen.add(List.of(ImportFixtures.planWithRewardTable(dir, "plan-v2.docx",
                "第二版：加强组织领导。")));
        ctx.actions.replaceWithNewVersion(slug);
        assertEquals(List.of(), ctx.dialogs.errors);
        assertTrue(ctx.dialogs.information.get(0).contains("批注：1 条已在新文字中找回，0 条找不到原文"),
                ctx.dialogs.information.get(0));
        assertEquals(slug, ctx.reopened);
        assertTrue(ctx.app.library().open(slug).text().contains("第二版"));
        assertEquals(1, ctx.documentCount());
    }

    @Test
    void aBrokenNewVersionIsRefusedAndTheDocumentKeepsItsText() throws IOException {
        String before = ctx.app.library().open(slug).text();
        ctx.dialogs.filesToOpen.add(List.of(ImportFixtures.brokenDocx(dir)));
        ctx.actions.replaceWithNewVersion(slug);
        assertEquals(List.of(new Messages(Messages.CHINESE).get("import.reason.corrupt")), ctx.dialogs.errors);
        assertEquals(before, ctx.app.library().open(slug).text());
    }

    @Test
    void editedMetadataIsSavedAndAnInvalidOneIsRefusedWithAMessage() {
        ctx.dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), "新标题", m.issuer(), m.level(), "某市",
                "2024-05", m.docNumber(), m.script(), m.source());
        ctx.actions.editMetadata(slug);
        assertEquals("新标题", ctx.app.library().document(slug).metadata().title());
        assertEquals("某市", ctx.library.selectedProperty().get().metadata().region(), "the library shows the edit");

        ctx.dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), m.title(), m.issuer(), m.level(), m.region(),
                "五月", m.docNumber(), m.script(), m.source());
        ctx.actions.editMetadata(slug);
        assertEquals(1, ctx.dialogs.errors.size());
        assertEquals("2024-05", ctx.app.library().document(slug).metadata().date());
    }
}
