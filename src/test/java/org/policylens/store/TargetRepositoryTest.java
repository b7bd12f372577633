package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Script;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;

class TargetRepositoryTest {

    private static final String QUOTE = "制造业产品质量合格率、食品抽检合格率达到98%以上";
    private static final Target MANUFACTURING = new Target("制造业产品质量合格率", 98, null, "%", Comparator.AT_LEAST,
            2025, false, QUOTE, 10, 35);
    private static final Target FOOD = new Target("食品抽检合格率", 98, null, "%", Comparator.AT_LEAST, 2025, false,
            QUOTE, 10, 35);
    private static final Target RANGE = new Target("标杆城市", 1, 2.0, "个", Comparator.EQUAL, null, true,
            "标杆城市1-2个", 40, 47);

    @TempDir
    Path dir;
    private Database db;
    private TargetRepository targets;
    private ExtractionRepository extractions;
    private long documentId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        targets = new TargetRepository(db);
        extractions = new ExtractionRepository(db);
        documentId = new DocumentRepository(db).insert(
                StoreTestSupport.document("yichun", Script.SIMPLIFIED, "到2025年," + QUOTE + "。"), "sha");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void extract(Target... fresh) {
        extractions.store(documentId, List.of(fresh), List.of(), "2024-01-01T00:00:00Z");
    }

    private TargetRecord only(String indicator) {
        List<TargetRecord> found = targets.list(null, true).stream()
                .filter(r -> r.target().indicator().equals(indicator)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void roundTripsEveryFieldIncludingNulls() {
        extract(MANUFACTURING, RANGE);
        List<TargetRecord> stored = targets.list("yichun", false);
        assertEquals(List.of(MANUFACTURING, RANGE), stored.stream().map(TargetRecord::target).toList());
        assertTrue(stored.stream().allMatch(r -> r.status() == RecordStatus.AUTO && r.assignedGroup() == null));
        assertEquals("yichun", stored.get(0).document());
        assertEquals("yichun市", stored.get(0).region());
        assertNull(stored.get(1).target().year());
        assertEquals(2.0, stored.get(1).target().valueMax());
        assertEquals(stored.get(0), targets.find(stored.get(0).id()).orElseThrow());
        assertTrue(targets.list("other", true).isEmpty());
        assertTrue(extractions.documentsNotExtracted().isEmpty());
    }

    @Test
    void reExtractionReplacesAutoRecordsAndKeepsTheirIds() {
        extract(MANUFACTURING, RANGE);
        long id = only("制造业产品质量合格率").id();
        Target betterYear = new Target(MANUFACTURING.indicator(), 98, null, "%", Comparator.AT_LEAST, 2027, false,
                QUOTE, 10, 35);
        extract(betterYear);
        TargetRecord again = only("制造业产品质量合格率");
        assertEquals(id, again.id());
        assertEquals(2027, again.target().year());
        assertEquals(1, targets.list(null, true).size(), "the auto record the extractor no longer yields is gone");
    }

    @Test
    void anEditSurvivesReExtractionWithTheUsersValueAndIsNotDuplicated() {
        extract(MANUFACTURING, FOOD);
        long id = only("制造业产品质量合格率").id();
        Target edited = new Target("制造业产品质量合格率", 97.5, null, "%", Comparator.EQUAL, 2026, true, "ignored", 0, 0);
        assertTrue(targets.edit(id, edited, "2024-02-01T00:00:00Z"));

        extract(MANUFACTURING, FOOD);
        TargetRecord kept = targets.find(id).orElseThrow();
        assertEquals(RecordStatus.EDITED, kept.status());
        assertEquals(97.5, kept.target().value());
        assertEquals(Comparator.EQUAL, kept.target().comparator());
        assertEquals(2026, kept.target().year());
        assertTrue(kept.target().perYear());
        assertEquals(QUOTE, kept.target().quote(), "the quote anchors the record and is not editable");
        assertEquals(10, kept.target().start());
        assertEquals(2, targets.list(null, true).size(), "no auto copy of the edited record comes back");
    }

    @Test
    void anEditedIndicatorIsStillRecognisedByItsQuoteAndValue() {
        extract(MANUFACTURING);
        long id = only("制造业产品质量合格率").id();
        targets.edit(id, new Target("规上制造业产品质量合格率", 98, null, "%", Comparator.AT_LEAST, 2025, false, "", 0, 0),
                "now");
        extract(MANUFACTURING);
        assertEquals(1, targets.list(null, true).size());
        assertEquals("规上制造业产品质量合格率", targets.find(id).orElseThrow().target().indicator());
    }

    @Test
    void aRejectedRecordIsNotResurrectedAndIsHiddenByDefault() {
        extract(MANUFACTURING, FOOD);
        long id = only("食品抽检合格率").id();
        assertTrue(targets.setStatus(id, RecordStatus.REJECTED, "now"));
        extract(MANUFACTURING, FOOD);
        assertEquals(RecordStatus.REJECTED, only("食品抽检合格率").status());
        assertEquals(List.of("制造业产品质量合格率"),
                targets.list(null, false).stream().map(r -> r.target().indicator()).toList());
    }

    @Test
    void aConfirmedRecordStaysEvenWhenTheExtractorNoLongerFindsIt() {
        extract(MANUFACTURING, RANGE);
        long id = only("标杆城市").id();
        targets.setStatus(id, RecordStatus.CONFIRMED, "now");
        extract(MANUFACTURING);
        assertEquals(RecordStatus.CONFIRMED, targets.find(id).orElseThrow().status());
        assertEquals(2, targets.list(null, true).size());
    }

    @Test
    void twoIndicatorsSharingOneClauseAndValueAreBothKept() {
        extract(MANUFACTURING, FOOD);
        targets.setStatus(only("制造业产品质量合格率").id(), RecordStatus.CONFIRMED, "now");
        extract(FOOD, MANUFACTURING);
        assertEquals(2, targets.list(null, true).size());
        assertEquals(RecordStatus.CONFIRMED, only("制造业产品质量合格率").status());
        assertEquals(RecordStatus.AUTO, only("食品抽检合格率").status());
    }

    @Test
    void changesToMissingRecordsReportFalse() {
        assertFalse(targets.setStatus(999, RecordStatus.CONFIRMED, "now"));
        assertFalse(targets.edit(999, MANUFACTURING, "now"));
        assertTrue(targets.find(999).isEmpty());
    }
}
