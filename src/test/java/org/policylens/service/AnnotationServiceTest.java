package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;

class AnnotationServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private AnnotationService annotations;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("lib.db"));
        app.importer().importBundled();
        annotations = app.annotations();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void createUpdateDeleteAndUndo() {
        Annotation a = annotations.annotateQuote("hefei", "質量強市", 1, "要点", AnnotationColor.GREEN,
                List.of("目标", "质量"));
        assertEquals("質量強市", a.quote());
        String text = app.library().open("hefei").text();
        assertEquals("質量強市", text.substring(text.offsetByCodePoints(0, a.start()),
                text.offsetByCodePoints(0, a.end())));

        Annotation edited = annotations.update(a.id(), "第一行\n第二行", AnnotationColor.BLUE, List.of("目标"));
        assertEquals(List.of(edited), annotations.list("hefei"));
        assertEquals("第一行\n第二行", annotations.list("hefei").get(0).note());

        Annotation deleted = annotations.delete(a.id()).orElseThrow();
        assertTrue(annotations.list(null).isEmpty());
        annotations.undoDelete(deleted);
        assertEquals(List.of(edited), annotations.list("hefei"));
    }

    @Test
    void simplifiedQuoteFindsTraditionalTextAndOccurrencesCount() {
        Annotation first = annotations.annotateQuote("hefei", "质量强市", 1, "", AnnotationColor.YELLOW, List.of());
        Annotation second = annotations.annotateQuote("hefei", "质量强市", 2, "", AnnotationColor.YELLOW, List.of());
        assertTrue(second.start() > first.start());
        UserException e = assertThrows(UserException.class,
                () -> annotations.annotateQuote("hefei", "质量强市", 500, "", AnnotationColor.YELLOW, List.of()));
        assertTrue(e.getMessage().contains("occurs only"), e.getMessage());
        assertThrows(UserException.class,
                () -> annotations.annotateQuote("nowhere", "质量", 1, "", AnnotationColor.YELLOW, List.of()));
    }

    @Test
    void tagsCanBeRenamedAndMerged() {
        annotations.annotateQuote("anhui", "质量", 1, "", AnnotationColor.YELLOW, List.of("标准化"));
        annotations.annotateQuote("anhui", "质量", 2, "", AnnotationColor.YELLOW, List.of("标准", "标准化"));
        annotations.annotateQuote("anhui", "质量", 3, "", AnnotationColor.YELLOW, List.of("品牌"));
        assertEquals(2, annotations.renameTag("标准化", "标准"));
        Map<String, Integer> tags = annotations.tags();
        assertEquals(Map.of("标准", 2, "品牌", 1), tags);
    }

    @Test
    void reimportingAChangedDocumentReanchorsAndOrphansButNeverDrops() throws Exception {
        Annotation kept = annotations.annotateQuote("chengde", "制造业产品质量合格率", 1, "合格率",
                AnnotationColor.YELLOW, List.of("目标"));
        Annotation lost = annotations.annotateQuote("chengde", "承德高新区", 1, "", AnnotationColor.PINK, List.of());
        String original = Files.readString(Path.of("data/corpus/chengde.txt"));
        String changed = original.replace("行动目标", "行动目标\n本方案新增的一段引言文字,用于检验批注的重新定位。")
                .replace("承德高新区", "高新技术开发区");
        Path file = dir.resolve("chengde-v2.txt");
        Files.writeString(file, changed, StandardCharsets.UTF_8);

        var outcome = app.importer().importNewVersion(file, "chengde");
        assertEquals(org.policylens.model.ImportOutcome.Status.REPLACED, outcome.status());
        assertEquals(5, app.library().documents().size());

        List<Annotation> after = annotations.list("chengde");
        assertEquals(2, after.size(), "no annotation is dropped");
        Annotation moved = after.stream().filter(a -> a.uuid().equals(kept.uuid())).findFirst().orElseThrow();
        assertFalse(moved.orphaned());
        assertTrue(moved.start() > kept.start(), "moved past the inserted text");
        String text = app.library().open("chengde").text();
        assertEquals("制造业产品质量合格率", text.substring(text.offsetByCodePoints(0, moved.start()),
                text.offsetByCodePoints(0, moved.end())));
        assertEquals("合格率", moved.note());
        Annotation orphan = after.stream().filter(a -> a.uuid().equals(lost.uuid())).findFirst().orElseThrow();
        assertTrue(orphan.orphaned());
        assertEquals("承德高新区", orphan.quote());
    }

    @Test
    void jsonLdRoundTripsIntoAnEmptyLibrary() throws Exception {
        annotations.annotateQuote("hefei", "質量獎", 1, "奖励\n金额", AnnotationColor.PURPLE, List.of("奖励", "品牌"));
        annotations.annotateQuote("anhui", "标准化", 2, "", AnnotationColor.GREEN, List.of("标准"));
        Path file = dir.resolve("notes.jsonld");
        assertEquals(2, annotations.exportJsonLd(null, file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"TextQuoteSelector\"") && json.contains("http://www.w3.org/ns/anno.jsonld"));

        try (AppContext other = AppContext.open(dir.resolve("other.db"))) {
            other.importer().importBundled();
            var report = other.annotations().importJsonLd(file);
            assertEquals(2, report.added());
            assertEquals(0, report.orphaned());
            assertEquals(annotations.list(null).stream().map(AnnotationServiceTest::portable).toList(),
                    other.annotations().list(null).stream().map(AnnotationServiceTest::portable).toList());
            var again = other.annotations().importJsonLd(file);
            assertEquals(0, again.added());
            assertEquals(2, again.alreadyPresent());
        }
    }

    @Test
    void aBrokenJsonLdFileIsAUserError() throws Exception {
        Path file = dir.resolve("broken.jsonld");
        Files.writeString(file, "{ not json");
        assertThrows(UserException.class, () -> annotations.importJsonLd(file));
        Files.writeString(file, "{\"type\": \"Something\"}");
        assertThrows(UserException.class, () -> annotations.importJsonLd(file));
    }

    /** Everything but the library-local id. */
    private static List<Object> portable(Annotation a) {
        return List.of(a.uuid(), a.documentSlug(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(),
                a.color(), a.tags(), a.orphaned(), a.createdAt(), a.modifiedAt());
    }
}
