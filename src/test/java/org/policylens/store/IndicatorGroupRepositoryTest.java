package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Comparator;
import org.policylens.model.Script;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.store.IndicatorGroupRepository.Group;
import org.policylens.store.IndicatorGroupRepository.Origin;

class IndicatorGroupRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private IndicatorGroupRepository groups;
    private TargetRepository targets;
    private ExtractionRepository extractions;
    private long documentId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        groups = new IndicatorGroupRepository(db);
        targets = new TargetRepository(db);
        extractions = new ExtractionRepository(db);
        documentId = new DocumentRepository(db).insert(StoreTestSupport.document("a", Script.SIMPLIFIED, "x"), "s");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, Group> stored() {
        return groups.all().stream().collect(Collectors.toMap(Group::key, Function.identity()));
    }

    @Test
    void mergeIsStoredAndCanBeUndone() {
        groups.merge(new Group("x_1_percent", "质量合格率", "", Origin.derived, null),
                new Group("manufacturing_pass_rate", "制造业产品质量合格率", "Manufacturing", Origin.dictionary, null),
                "now");
        Map<String, Group> byKey = stored();
        assertEquals("manufacturing_pass_rate", byKey.get("x_1_percent").mergedInto());
        assertNull(byKey.get("manufacturing_pass_rate").mergedInto());
        assertEquals("Manufacturing", byKey.get("manufacturing_pass_rate").nameEn());

        assertTrue(groups.unmerge("x_1_percent", "later"));
        assertNull(stored().get("x_1_percent").mergedInto());
        assertFalse(groups.unmerge("x_1_percent", "later"));
    }

    @Test
    void splitMakesAUserGroupThatSurvivesReExtraction() {
        Target t = new Target("出口商品合格率", 99, null, "%", Comparator.AT_LEAST, 2025, false, "出口商品合格率99%以上", 0, 12);
        extractions.store(documentId, List.of(t), List.of(), "now");
        long id = targets.list(null, true).get(0).id();

        String first = groups.split(List.of(id), "出口合格率", "now");
        assertEquals("user_1", first);
        assertEquals(Origin.user, stored().get(first).origin());
        assertEquals("出口合格率", stored().get(first).nameZh());

        extractions.store(documentId, List.of(t), List.of(), "later");
        TargetRecord again = targets.find(id).orElseThrow();
        assertEquals(first, again.assignedGroup(), "the auto record keeps its row, and with it the user's grouping");

        assertEquals("user_2", groups.split(List.of(id), "另一组", "now"));
        assertEquals(1, groups.assign(List.of(id), null, "now"));
        assertNull(targets.find(id).orElseThrow().assignedGroup());
    }

    @Test
    void splittingAMissingTargetChangesNothing() {
        assertThrows(StoreException.class, () -> groups.split(List.of(42L), "组", "now"));
        assertTrue(groups.all().isEmpty());
    }
}
