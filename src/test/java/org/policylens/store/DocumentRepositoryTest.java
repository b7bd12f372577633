package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Script;

class DocumentRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private DocumentRepository documents;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        documents = new DocumentRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void roundTripsMetadataSectionsAndPassages() {
        ParsedDocument doc = StoreTestSupport.document("hefei", Script.TRADITIONAL, "質量強市活動", "第二段𠮷落");
        long id = documents.insert(doc, "abc");

        DocumentSummary summary = documents.findBySlug("hefei").orElseThrow();
        assertEquals(id, summary.id());
        assertEquals(doc.metadata(), summary.metadata());
        assertEquals("abc", summary.sha256());
        assertEquals(1, summary.sections());
        assertEquals(2, summary.passages());
        assertEquals(doc.text().codePointCount(0, doc.text().length()), summary.characters());
        assertEquals(doc.text(), documents.text(id));
        assertEquals(doc.sections(), documents.sections(id));
        assertEquals(doc.passages(), documents.passages(id));
        assertEquals(Level.CITY, documents.findBySha256("abc").orElseThrow().metadata().level());
    }

    @Test
    void unknownValuesStayUnknown() {
        ParsedDocument doc = StoreTestSupport.document("x", Script.SIMPLIFIED, "质量");
        var meta = doc.metadata();
        var bare = new ParsedDocument(new org.policylens.model.DocumentMetadata("x", meta.title(), null, null, null,
                null, null, Script.SIMPLIFIED, null), doc.text(), doc.sections(), doc.passages());
        documents.insert(bare, "h");
        DocumentSummary summary = documents.findBySlug("x").orElseThrow();
        assertNull(summary.metadata().level());
        assertNull(summary.metadata().date());
        assertNull(summary.metadata().docNumber());
    }
}
