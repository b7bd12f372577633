package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.ImportOutcome;
import org.policylens.model.Keyword;
import org.policylens.model.PassageTheme;
import org.policylens.model.ThemeUsage;
import org.policylens.model.ThemedSpan;
import org.policylens.store.Database;

/** Theme coding through the services, on the bundled documents and on small documents written for the test. */
class ThemeServiceTest {

    @TempDir
    Path dir;

    private static final String PLAN = """
            某某市质量强市建设实施方案
            一、总体要求
            深入实施质量强市战略,推动高质量发展。
            二、重点任务
            （一）推进标准化建设
            加强地方标准制修订,鼓励企业参与国家标准和团体标准制定。
            （二）加强质量基础设施
            建设计量检测和检验检测公共服务平台,提升认证认可水平。
            三、保障措施
            加强组织领导,落实财政资金支持。
            """;

    private static void importPlan(AppContext app, String text) {
        ImportOutcome outcome = app.importer().importBytes(text.getBytes(StandardCharsets.UTF_8), "plan.txt",
                new MetadataOverrides("plan", null, null, null));
        assertTrue(outcome.imported());
    }

    private static CodedPassage passageContaining(AppContext app, String slug, String fragment) {
        return app.themes().passages(slug).stream().filter(p -> p.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage with " + fragment));
    }

    private static List<String> codes(CodedPassage p) {
        return p.themes().stream().map(PassageTheme::code).toList();
    }

    @Test
    void theBundledMatrixReadsRightToAResearcher() {
        try (AppContext app = AppContext.open(dir.resolve("l.db"))) {
            app.importer().importBundled();
            ThemeMatrix matrix = app.themes().matrix(null);
            assertEquals(List.of("anhui", "zhejiang", "hefei", "yichun", "chengde"), matrix.documents());
            assertTrue(matrix.cell("hefei", "green").passageCount() > 0);
            assertTrue(matrix.cell("hefei", "culture").passageCount() > 0);
            List<String> chengdeLargest = matrix.themesByShare("chengde").subList(0, 3);
            assertTrue(chengdeLargest.contains("standards") && chengdeLargest.contains("infrastructure"),
                    chengdeLargest.toString());
            for (String doc : matrix.documents()) {
                assertTrue(matrix.cell(doc, "support").passageCount() > 0, doc);
                int total = app.themes().passages(doc).stream().mapToInt(CodedPassage::length).sum();
                assertEquals(total, matrix.totalCharacters(doc));
            }
            ThemeMatrix.Cell cell = matrix.cell("chengde", "standards");
            List<String> refs = matrix.passages("chengde", "standards");
            List<CodedPassage> behind = app.themes().passages("chengde").stream()
                    .filter(p -> refs.contains(String.valueOf(p.passageId()))).toList();
            assertEquals(cell.passageCount(), behind.size());
            assertTrue(behind.stream().allMatch(p -> p.has("standards")));
        }
    }

    /** The light read the targets view uses gives each coded passage's place and codes, as the full read does. */
    @Test
    void themedSpansAreTheCodedPassagesWithoutTheirText() {
        try (AppContext app = AppContext.open(dir.resolve("l.db"))) {
            app.importer().importBundled();
            List<ThemedSpan> expected = app.themes().passages(null).stream()
                    .filter(p -> !p.themes().isEmpty())
                    .map(p -> new ThemedSpan(p.documentSlug(), p.start(), p.end(),
                            p.themes().stream().map(PassageTheme::code).toList()))
                    .toList();
            assertTrue(expected.size() > 100, "the bundled documents have coded passages");
            assertEquals(expected, app.themes().themedSpans(null));
            assertEquals(expected.stream().filter(s -> s.documentSlug().equals("hefei")).toList(),
                    app.themes().themedSpans("hefei"));
        }
    }

    @Test
    void manualCodesSurviveReclassificationAndCodebookEdits() {
        try (AppContext app = AppContext.open(dir.resolve("l.db"))) {
            importPlan(app, PLAN);
            CodedPassage standards = passageContaining(app, "plan", "地方标准制修订");
            assertEquals("standards", codes(standards).get(0));
            CodedPassage support = passageContaining(app, "plan", "组织领导");
            assertFalse(support.has("culture"));

            app.themes().removeTheme(standards.passageId(), "standards");
            app.themes().addTheme(support.passageId(), "culture");
            app.themes().reclassify("plan");
            app.themes().reclassifyAll();
            app.codebooks().setKeywords("default", "standards", List.of(new Keyword("标准", 5)));

            assertFalse(passageContaining(app, "plan", "地方标准制修订").has("standards"));
            PassageTheme culture = passageContaining(app, "plan", "组织领导").themes().stream()
                    .filter(t -> t.code().equals("culture")).findFirst().orElseThrow();
            assertEquals(CodingSource.MANUAL, culture.source());

            // A later decision on the same passage and theme replaces the earlier one.
            app.themes().addTheme(standards.passageId(), "standards");
            app.themes().reclassifyAll();
            assertTrue(passageContaining(app, "plan", "地方标准制修订").has("standards"));
        }
    }

    @Test
    void manualCodesSurviveReimportOfAChangedDocument() throws Exception {
        Path file = dir.resolve("l.db");
        try (AppContext app = AppContext.open(file)) {
            importPlan(app, PLAN);
            app.themes().removeTheme(passageContaining(app, "plan", "地方标准制修订").passageId(), "standards");
            app.themes().addTheme(passageContaining(app, "plan", "计量检测").passageId(), "innovation");
        }
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM document WHERE slug = 'plan'")) {
                    return st.executeUpdate();
                }
            });
        }
        // The new version has a new first paragraph (offsets shift) and an edited infrastructure paragraph.
        String changed = PLAN.replace("一、总体要求\n", "一、总体要求\n为贯彻落实国家部署,制定本方案。\n")
                .replace("提升认证认可水平", "全面提升认证认可水平");
        try (AppContext app = AppContext.open(file)) {
            importPlan(app, changed);
            assertFalse(passageContaining(app, "plan", "地方标准制修订").has("standards"));
            assertTrue(passageContaining(app, "plan", "全面提升认证认可").has("innovation"));
            assertFalse(passageContaining(app, "plan", "组织领导").has("innovation"));
        }
    }

    @Test
    void codebookEditsSurviveReopeningAndAreNeverReseeded() {
        Path file = dir.resolve("l.db");
        try (AppContext app = AppContext.open(file)) {
            app.codebooks().renameTheme("default", "green", "生态环境", "Environment");
            app.codebooks().deleteTheme("default", "consumer");
            app.codebooks().copy("default", "mine", "我的编码本");
        }
        try (AppContext app = AppContext.open(file)) {
            Codebook active = app.codebooks().active();
            assertEquals("default", active.id());
            assertEquals("生态环境", active.theme("green").orElseThrow().nameZh());
            assertTrue(active.theme("consumer").isEmpty());
            assertEquals(List.of("default", "mine"),
                    app.codebooks().codebooks().stream().map(c -> c.id()).toList());
        }
    }

    @Test
    void deleteAndMergeReportTheAffectedPassagesAndRecode() {
        try (AppContext app = AppContext.open(dir.resolve("l.db"))) {
            app.importer().importBundled();
            long consumerPassages = app.themes().passages(null).stream().filter(p -> p.has("consumer")).count();
            assertTrue(consumerPassages > 0);
            ThemeUsage deleted = app.codebooks().deleteTheme("default", "consumer");
            assertEquals(consumerPassages, deleted.passages());
            assertTrue(deleted.documents() >= 3, deleted.toString());
            assertTrue(app.themes().passages(null).stream().noneMatch(p -> p.has("consumer")));

            CodedPassage brandOnly = app.themes().passages("hefei").stream()
                    .filter(p -> p.has("brand") && !p.has("enterprise")).findFirst().orElseThrow();
            app.themes().addTheme(brandOnly.passageId(), "brand");
            long brandPassages = app.themes().passages(null).stream().filter(p -> p.has("brand")).count();
            ThemeUsage merged = app.codebooks().mergeThemes("default", "brand", "enterprise");
            assertEquals(brandPassages, merged.passages());
            assertTrue(app.themes().passages(null).stream().noneMatch(p -> p.has("brand")));
            // The decision on brand now holds for enterprise.
            CodedPassage after = app.themes().passages("hefei").stream()
                    .filter(p -> p.passageId() == brandOnly.passageId()).findFirst().orElseThrow();
            assertTrue(after.themes().stream().anyMatch(t -> t.code().equals("enterprise")
                    && t.source() == CodingSource.MANUAL), after.toString());
        }
    }

    @Test
    void codebooksSitSideBySideAndTheActiveOneCodes() {
        try (AppContext app = AppContext.open(dir.resolve("l.db"))) {
            importPlan(app, PLAN);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            app.codebooks().exportJson("default", json);
            String renamed = json.toString(StandardCharsets.UTF_8).replace("\"id\" : \"default\"", "\"id\" : \"lean\"");
            Codebook lean = app.codebooks().importJson(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)));
            assertEquals(app.codebooks().active().themes(), lean.themes());

            app.codebooks().deleteTheme("lean", "standards");
            assertTrue(passageContaining(app, "plan", "地方标准制修订").has("standards"), "lean is not active");
            app.codebooks().activate("lean");
            assertFalse(passageContaining(app, "plan", "地方标准制修订").has("standards"));

            assertThrows(UserException.class, () -> app.codebooks().delete("lean"));
            assertThrows(UserException.class, () -> app.codebooks().importJson(
                    new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8))));
            assertThrows(UserException.class, () -> app.themes().addTheme(1, "standards"));
            app.codebooks().activate("default");
            app.codebooks().delete("lean");
            assertEquals(1, app.codebooks().codebooks().size());
        }
    }
}
