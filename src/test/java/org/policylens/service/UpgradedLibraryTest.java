package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.SearchQuery;
import org.policylens.store.Database;
import org.policylens.store.SchemaUndo;

/**
 * A library from before schema 10 (every passage's folded text spelled out, theme evidence as JSON) that is opened by
 * this version and then gets rows in the new form (a new version of one document, a new document) reads exactly like
 * the same library written in the new form throughout: search, the rebuilt search index, theme coding.
 */
class UpgradedLibraryTest {

    private static final List<String> QUERIES = List.of("质量", "質量獎", "标准化", "合格率", "品牌 建设", "新增指标");

    @TempDir
    Path dir;

    @Test
    void oldAndNewFormRowsReadLikeALibraryWrittenInTheNewForm() throws IOException {
        Path upgraded = dir.resolve("upgraded.db");
        Path fresh = dir.resolve("fresh.db");
        for (Path file : List.of(upgraded, fresh)) {
            try (AppContext app = AppContext.open(file)) {
                app.importer().importBundled();
            }
        }
        try (Database db = Database.open(upgraded)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    SchemaUndo.backTo(st, 9);
                }
                return null;
            });
            assertEquals(0, count(db, "SELECT count(*) FROM passage WHERE folded = ''"), "the old form throughout");
            assertEquals(0, count(db, "SELECT count(*) FROM passage_theme WHERE evidence NOT LIKE '[%'"));
        }

        Path newVersion = Files.writeString(dir.resolve("chengde-v2.txt"), Files.readString(
                Path.of("data/corpus/chengde.txt"), StandardCharsets.UTF_8)
                .replaceFirst("\n一、", "\n一、到2030年，新增指标测试率达到99%。\n"), StandardCharsets.UTF_8);
        Path newDocument = Files.writeString(dir.resolve("hefei-copy.txt"), Files.readString(
                Path.of("data/corpus/hefei.txt"), StandardCharsets.UTF_8) + "\n附：新增指标说明。\n",
                StandardCharsets.UTF_8);
        try (AppContext upgradedApp = AppContext.open(upgraded); AppContext freshApp = AppContext.open(fresh)) {
            for (AppContext app : List.of(upgradedApp, freshApp)) {
                app.importer().importNewVersion(newVersion, "chengde");
                app.importer().importFile(newDocument, MetadataOverrides.NONE);
            }
            for (String query : QUERIES) {
                assertEquals(freshApp.search().search(SearchQuery.of(query)),
                        upgradedApp.search().search(SearchQuery.of(query)), query);
            }
            assertEquals(freshApp.themes().passages(null), upgradedApp.themes().passages(null));
        }

        try (Database db = Database.open(upgraded)) {
            assertTrue(count(db, "SELECT count(*) FROM passage WHERE folded = ''") > 0, "new-form passages");
            assertTrue(count(db, "SELECT count(*) FROM passage WHERE folded = text AND folded <> ''") > 0,
                    "old-form passages kept");
            assertTrue(count(db, "SELECT count(*) FROM passage_theme WHERE evidence LIKE '[%'") > 0);
            assertTrue(count(db, "SELECT count(*) FROM passage_theme WHERE evidence NOT LIKE '[%'") > 0);
        }
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
