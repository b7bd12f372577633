package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.RecordStatus;
import org.policylens.model.Script;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;

class SubsidyRepositoryTest {

    private static final String QUOTE = "分別給予企業200萬元、50萬元的獎勵";
    private static final Subsidy NATIONAL = new Subsidy("首次獲得中國質量獎", "企業", 2_000_000, "200萬元", "獎勵", QUOTE,
            5, 24);
    private static final Subsidy PROVINCIAL = new Subsidy("首次獲得安徽省政府質量獎", "企業", 500_000, "50萬元", "獎勵",
            QUOTE, 5, 24);
    private static final Subsidy BASE = new Subsidy("中小學質量教育社會實踐基地", null, 100_000, "10萬元", "一次性獎勵",
            "給予10萬元一次性獎勵", 30, 42);

    @TempDir
    Path dir;
    private Database db;
    private SubsidyRepository subsidies;
    private ExtractionRepository extractions;
    private long documentId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        subsidies = new SubsidyRepository(db);
        extractions = new ExtractionRepository(db);
        documentId = new DocumentRepository(db).insert(StoreTestSupport.document("hefei", Script.TRADITIONAL,
                QUOTE), "sha");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void extract(Subsidy... fresh) {
        extractions.store(documentId, List.of(), List.of(fresh), "2024-01-01T00:00:00Z");
    }

    @Test
    void roundTripsEveryFieldIncludingANullRecipient() {
        extract(NATIONAL, PROVINCIAL, BASE);
        List<SubsidyRecord> stored = subsidies.list("hefei", false);
        assertEquals(List.of(NATIONAL, PROVINCIAL, BASE), stored.stream().map(SubsidyRecord::subsidy).toList());
        assertNull(stored.get(2).subsidy().recipient());
        assertEquals(RecordStatus.AUTO, stored.get(0).status());
        assertEquals("hefei", stored.get(0).document());
    }

    @Test
    void userDecisionsSurviveReExtraction() {
        extract(NATIONAL, PROVINCIAL, BASE);
        List<SubsidyRecord> stored = subsidies.list(null, true);
        long edited = stored.get(0).id();
        long rejected = stored.get(2).id();
        subsidies.edit(edited, new Subsidy("首次獲得中國質量獎(含提名獎)", "企業", 2_500_000, "250萬元", "獎勵", "x", 0, 0),
                "now");
        subsidies.setStatus(rejected, RecordStatus.REJECTED, "now");

        extract(NATIONAL, PROVINCIAL, BASE);
        assertEquals(3, subsidies.list(null, true).size());
        assertEquals(2, subsidies.list(null, false).size());
        SubsidyRecord kept = subsidies.find(edited).orElseThrow();
        assertEquals(RecordStatus.EDITED, kept.status());
        assertEquals(2_500_000, kept.subsidy().amountYuan());
        assertEquals("首次獲得中國質量獎(含提名獎)", kept.subsidy().item());
        assertEquals(QUOTE, kept.subsidy().quote());
        assertEquals(RecordStatus.REJECTED, subsidies.find(rejected).orElseThrow().status());
    }
}
