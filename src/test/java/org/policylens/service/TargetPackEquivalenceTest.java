package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.service.TargetService.TargetFields;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.store.DocumentRepository;
import org.policylens.store.SchemaUndo;
import org.policylens.store.TargetRepository;

/**
 * The whole library's targets read from the per-document packs (V9 target_pack) equal the same targets read row by
 * row, document by document (the way a single document is still read), on the bundled corpus after every kind of
 * write: corrections, decisions, regrouping, re-extraction, a new version, removal, and a write by another program.
 * Each case also checks that the packs were used, so a silent fall-back to rows cannot make it pass.
 */
class TargetPackEquivalenceTest extends BundledCorpusTwoConnections {

    @Test
    void theImportedCorpusReadsTheSameFromPacks() {
        assertTrue(new TargetRepository(other).list(null, true).size() > 50, "the corpus has targets to compare");
        assertPacksEqualRows(0);
    }

    @Test
    void correctionsDecisionsAndRegroupingAreInThePacks() {
        List<TargetRow> targets = app.targets().targets(null, true);
        long edited = targets.get(0).record().id();
        Target t = targets.get(0).record().target();
        // Values that only an exact number text reads back the same, and a unit and year taken away.
        app.targets().edit(edited, new TargetFields(t.indicator() + "（修订）", 0.1 + 0.2, 1e300, null,
                Comparator.AT_MOST, null, !t.perYear()));
        Target u = targets.get(1).record().target();
        app.targets().edit(targets.get(1).record().id(), new TargetFields(u.indicator(), -1234567.891011121314,
                null, "万元/亩", Comparator.ABOUT, 2049, u.perYear()));
        app.targets().confirm(targets.get(2).record().id());
        app.targets().reject(targets.get(3).record().id());
        app.targets().splitTargets(List.of(targets.get(4).record().id(), targets.get(5).record().id()), "拆出的指标");
        app.targets().moveTargets(List.of(targets.get(6).record().id()), targets.get(7).indicatorKey());
        app.targets().mergeGroups("agri_product_pass_rate", "food_safety_pass_rate");

        TargetRecord afterEdit = find(edited);
        assertEquals(0.1 + 0.2, afterEdit.target().value());
        assertEquals(1e300, afterEdit.target().valueMax());
        assertEquals(RecordStatus.EDITED, afterEdit.status());
        assertEquals(RecordStatus.REJECTED, find(targets.get(3).record().id()).status());
        assertEquals(RecordStatus.CONFIRMED, find(targets.get(2).record().id()).status());
        assertNotEquals(null, find(targets.get(4).record().id()).assignedGroup());
        assertPacksEqualRows(0);
    }

    @Test
    void anEmptyUnitAndAnInfiniteValueReadBackAsStored() {
        TargetRepository repository = new TargetRepository(other);
        TargetRecord record = repository.list(null, true).get(0);
        Target t = record.target();
        // The service turns a blank unit into none; a unit of "" can still be stored, and must not read back as null.
        repository.edit(record.id(), new Target(t.indicator(), Double.POSITIVE_INFINITY, null, "", t.comparator(),
                t.year(), t.perYear(), t.quote(), t.start(), t.end()), "2026-01-01T00:00:00Z");
        TargetRecord read = find(record.id());
        assertEquals("", read.target().unit());
        assertEquals(Double.POSITIVE_INFINITY, read.target().value());
        assertPacksEqualRows(0);
    }

    @Test
    void reextractionANewVersionAndRemovalAreInThePacks() throws Exception {
        TargetRow first = app.targets().targets("chengde", true).get(0);
        app.targets().reject(first.record().id());
        app.extraction().reextract("hefei");
        String original = Files.readString(Path.of("data/corpus/chengde.txt"), StandardCharsets.UTF_8);
        Path newVersion = dir.resolve("chengde-v2.txt");
        Files.writeString(newVersion, original.replaceFirst("\n一、", "\n一、到2030年，新增指标测试率达到99%。\n"),
                StandardCharsets.UTF_8);
        app.importer().importNewVersion(newVersion, "chengde");
        String removed = app.library().documents().get(1).slug();
        app.library().remove(removed);

        assertTrue(app.targets().targets(null, true).stream().noneMatch(r -> r.record().document().equals(removed)));
        assertPacksEqualRows(0);
    }

    @Test
    void aWriteByAnotherProgramIsReadFromTheRows() {
        TargetRecord record = app.targets().targets(null, true).get(0).record();
        other.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE target SET value = 4242 WHERE id = ?")) {
                st.setLong(1, record.id());
                return st.executeUpdate();
            }
        });
        assertEquals(4242.0, find(record.id()).target().value());
        assertPacksEqualRows(1);
    }

    @Test
    void aTextHoldingASeparatorIsReadFromTheRows() {
        TargetRecord record = app.targets().targets(null, true).get(0).record();
        Target t = record.target();
        app.targets().edit(record.id(), new TargetFields("指标\u001f名称\u001e甲", t.value(), t.valueMax(), t.unit(),
                t.comparator(), t.year(), t.perYear()));
        assertEquals("指标\u001f名称\u001e甲", find(record.id()).target().indicator());
        assertPacksEqualRows(1);
    }

    @Test
    void aTextHoldingANulCharacterIsReadFromThePack() {
        TargetRecord record = app.targets().targets(null, true).get(0).record();
        Target t = record.target();
        app.targets().edit(record.id(), new TargetFields("指标\u0000名称", t.value(), t.valueMax(), t.unit(),
                t.comparator(), t.year(), t.perYear()));
        assertEquals("指标\u0000名称", find(record.id()).target().indicator());
        assertPacksEqualRows(0);
    }

    @Test
    void aLibraryMigratedFromVersion8GetsAPackForEveryDocument() {
        app.targets().reject(app.targets().targets(null, true).get(0).record().id());
        List<TargetRecord> before = new TargetRepository(other).list(null, true);
        app.close();
        other.write(c -> {
            try (var st = c.createStatement()) {
                SchemaUndo.backTo(st, 8);
            }
            return null;
        });
        app = AppContext.open(dir.resolve("library.db"));
        assertEquals(before, app.targets().targets(null, true).stream().map(TargetRow::record).toList());
        assertPacksEqualRows(0);
    }

    private TargetRecord find(long id) {
        return app.targets().targets(null, true).stream().map(TargetRow::record).filter(r -> r.id() == id)
                .findFirst().orElseThrow();
    }

    /**
     * The library listing (from packs) equals the documents' rows read one document at a time, in library order,
     * with and without rejected records; and exactly {@code documentsWithoutPack} documents with targets were read
     * from rows.
     */
    private void assertPacksEqualRows(int documentsWithoutPack) {
        TargetRepository repository = new TargetRepository(other);
        for (boolean includeRejected : new boolean[] {true, false}) {
            List<TargetRecord> rowByRow = new ArrayList<>();
            for (String slug : new DocumentRepository(other).slugs()) {
                rowByRow.addAll(repository.list(slug, includeRejected));
            }
            assertEquals(rowByRow, repository.list(null, includeRejected));
        }
        assertEquals(documentsWithoutPack, (int) other.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT count(DISTINCT t.document_id) FROM target t
                    WHERE NOT EXISTS (SELECT 1 FROM target_pack p WHERE p.document_id = t.document_id
                                                                   AND p.rows IS NOT NULL)""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }));
        // The service reads the same library (through its own connection).
        assertEquals(repository.list(null, true), app.targets().targets(null, true).stream().map(TargetRow::record)
                .toList());
        assertFalse(repository.list(null, true).isEmpty());
    }
}
