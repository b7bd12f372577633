package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.model.CodedPassage;
import org.policylens.model.RecordStatus;
import org.policylens.model.SubsidyRecord;
import org.policylens.model.TargetRecord;
import org.policylens.service.SubsidyService.SubsidyFields;
import org.policylens.service.TargetService.TargetRow;

/** A new version of a document whose text moved: every user decision follows its clause. */
class NewVersionKeepsDecisionsTest {

    private static final String PREAMBLE = "（本文件为修订版，新增本段说明，使后文的全部位置后移。）\n";

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("lib.db"));
        app.importer().importBundled();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path newVersionOf(String slug, String preamble, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        String original = Files.readString(Path.of("data/corpus/" + slug + ".txt"), StandardCharsets.UTF_8);
        int firstChapter = original.indexOf("\n一、") + 1;
        String changed = edit.apply(original.substring(0, firstChapter) + preamble + original.substring(firstChapter));
        Path file = dir.resolve(slug + "-v2.txt");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        return file;
    }

    private static String at(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void rejectedAndEditedRecordsFollowTheirClauseWithoutDuplicates() throws Exception {
        List<TargetRow> before = app.targets().targets("chengde", true);
        TargetRecord rejected = before.get(0).record();
        TargetRecord edited = before.get(1).record();
        app.targets().reject(rejected.id());
        var t = edited.target();
        app.targets().edit(edited.id(), new TargetService.TargetFields(t.indicator(), 77, null, t.unit(),
                t.comparator(), t.year(), t.perYear()));
        SubsidyRecord subsidy = app.subsidies().subsidies("chengde", false).get(0);
        var s = subsidy.subsidy();
        app.subsidies().edit(subsidy.id(), new SubsidyFields(s.item(), s.recipient(), 123, "123元", s.kind()));

        app.importer().importNewVersion(newVersionOf("chengde", PREAMBLE, text -> text), "chengde");

        String text = app.library().open("chengde").text();
        List<TargetRow> after = app.targets().targets("chengde", true);
        assertEquals(before.size(), after.size(), "no decided record comes back as a second, automatic one");
        TargetRecord stillRejected = after.stream().map(TargetRow::record).filter(r -> r.id() == rejected.id())
                .findFirst().orElseThrow();
        assertEquals(RecordStatus.REJECTED, stillRejected.status());
        assertTrue(stillRejected.target().start() > rejected.target().start(), "moved with its clause");
        assertEquals(stillRejected.target().quote(),
                at(text, stillRejected.target().start(), stillRejected.target().end()));
        TargetRecord stillEdited = after.stream().map(TargetRow::record).filter(r -> r.id() == edited.id())
                .findFirst().orElseThrow();
        assertEquals(RecordStatus.EDITED, stillEdited.status());
        assertEquals(77, stillEdited.target().value());
        assertEquals(stillEdited.target().quote(), at(text, stillEdited.target().start(), stillEdited.target().end()));

        List<SubsidyRecord> subsidies = app.subsidies().subsidies("chengde", true);
        assertEquals(4, subsidies.size());
        SubsidyRecord keptSubsidy = subsidies.stream().filter(r -> r.id() == subsidy.id()).findFirst().orElseThrow();
        assertEquals(123, keptSubsidy.subsidy().amountYuan());
        assertEquals(keptSubsidy.subsidy().quote(),
                at(text, keptSubsidy.subsidy().start(), keptSubsidy.subsidy().end()));
    }

    @Test
    void anAnnotationFoundInAnotherScriptTakesTheNewQuote() throws Exception {
        Annotation a = app.annotations().annotateQuote("chengde", "质量强市", 1, "", AnnotationColor.BLUE, List.of());
        app.importer().importNewVersion(newVersionOf("chengde", PREAMBLE,
                text -> text.replaceFirst("质量强市", "質量強市")), "chengde");
        Annotation after = app.annotations().list("chengde").get(0);
        assertEquals(a.uuid(), after.uuid());
        assertEquals("質量強市", after.quote());
        assertEquals(after.quote(), at(app.library().open("chengde").text(), after.start(), after.end()));
    }

    @Test
    void removingADocumentAlsoForgetsItsThemeDecisions() throws Exception {
        CodedPassage passage = app.themes().passages("yichun").get(5);
        app.themes().addTheme(passage.passageId(), "consumer");
        assertEquals(1, app.library().removalImpact("yichun").themeDecisions());
        app.library().remove("yichun");

        Path same = dir.resolve("yichun.txt");
        Files.copy(Path.of("data/corpus/yichun.txt"), same);
        app.importer().importFile(same, new MetadataOverrides("yichun", null, null, null));
        assertTrue(app.themes().passages("yichun").stream()
                .noneMatch(p -> p.themes().stream().anyMatch(t -> t.code().equals("consumer")
                        && t.source() == org.policylens.model.CodingSource.MANUAL)),
                "a removed document's decisions do not attach to a new one with its slug");
    }
}
