package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.model.Script;
import org.policylens.text.SearchKey;

/**
 * A document's part of the index, built before it is stored and appended with its passage ids afterwards, gives
 * byte for byte the segment that adding each passage does.
 */
class DocumentPostingsTest {

    @TempDir
    Path dir;

    @Test
    void appendingDocumentPartsWritesTheSegmentThatAddingPassagesWrites() throws IOException {
        List<List<PassageGrams>> documents = new ArrayList<>();
        for (String slug : List.of("hefei", "anhui", "chengde")) {
            documents.add(grams(bundled(slug)));
        }
        documents.add(List.of());
        documents.add(grams(StoreTestSupport.document("odd", Script.TRADITIONAL, "aaaa aaa", "𠀀质量𠀀质", "。。。。",
                "\u0001", "質量強市 PM2.5")));
        documents.add(grams(bundled("hefei")));
        // Ids with gaps between documents (other passages, deleted ones), as a segment may have.
        long[] firstIds = {7, 3_000, 5_000, 9_000, 9_001, 200_000};

        GramSegmentBuilder byPassage = new GramSegmentBuilder();
        GramSegmentBuilder byDocument = new GramSegmentBuilder();
        for (int d = 0; d < documents.size(); d++) {
            List<PassageGrams> passages = documents.get(d);
            for (int i = 0; i < passages.size(); i++) {
                byPassage.add(firstIds[d] + i, passages.get(i));
            }
            DocumentPostings part = DocumentPostings.of(passages);
            assertEquals(passages.size(), part.passages());
            byDocument.add(firstIds[d], part);
        }
        assertTrue(byPassage.passages() > 300, "passages: " + byPassage.passages());
        assertEquals(byPassage.firstPassage(), byDocument.firstPassage());
        assertEquals(byPassage.lastPassage(), byDocument.lastPassage());
        assertEquals(byPassage.passages(), byDocument.passages());
        assertEquals(byPassage.characters(), byDocument.characters());
        assertArrayEquals(byPassage.lengths(), byDocument.lengths());
        assertEquals(byPassage.buckets(), byDocument.buckets());
        assertArrayEquals(byPassage.bucketContents(), byDocument.bucketContents());
    }

    @Test
    void partsThatDoNotFitTheStoredIdsAreIndexedFromTheStoredText() throws IOException {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            documents.insert(bundled("chengde"), "c");
            ParsedDocument hefei = bundled("hefei");
            long id = documents.insert(hefei, "h");
            List<String> expected = segmentRows(db);
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM gram_posting WHERE segment_id = (SELECT max(id) FROM gram_segment)");
                    st.execute("DELETE FROM gram_segment WHERE id = (SELECT max(id) FROM gram_segment)");
                }
                List<Long> ids = new ArrayList<>(documents.passageIdsByOrdinal(id).values());
                ids.sort(null);
                // Told in the wrong order, the part cannot be shifted onto them; the stored text still indexes them.
                java.util.Collections.swap(ids, 0, 1);
                GramIndex.indexNewPassages(c, List.of(new GramIndex.NewPassages(id, ids,
                        SearchForm.of(hefei).postings())));
                return null;
            });
            assertEquals(expected, segmentRows(db));
        }
    }

    private static List<String> segmentRows(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT s.first_passage, s.last_passage, s.characters, hex(s.lengths), p.bucket, hex(p.postings)
                    FROM gram_posting p JOIN gram_segment s ON s.id = p.segment_id ORDER BY s.first_passage, p.bucket
                    """)) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/"
                            + rs.getInt(5) + "/" + rs.getString(6));
                }
            }
            return out;
        });
    }

    private static List<PassageGrams> grams(ParsedDocument document) {
        List<PassageGrams> out = new ArrayList<>();
        for (Passage p : document.passages()) {
            out.add(PassageGrams.of(SearchKey.of(p.text())));
        }
        return out;
    }

    private static ParsedDocument bundled(String slug) throws IOException {
        String text = Files.readString(Path.of("data", "corpus", slug + ".txt"), StandardCharsets.UTF_8);
        return StoreTestSupport.document(slug, Script.SIMPLIFIED,
                text.lines().filter(l -> !l.isBlank()).toArray(String[]::new));
    }
}
