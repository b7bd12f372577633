package org.policylens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.Script;

class MetadataDraftTest {

    private final DocumentMetadata guessed = new DocumentMetadata("plan", "某市方案", "某市人民政府", Level.CITY, "某市",
            "2024-03-01", "某政〔2024〕8号", Script.TRADITIONAL, "plan.docx");

    @Test
    void roundTripsAndKeepsSlugScriptAndSource() {
        MetadataDraft draft = MetadataDraft.of(guessed);
        assertEquals(Optional.empty(), draft.problem());
        assertEquals(guessed, draft.applyTo(guessed));
    }

    @Test
    void blankDateAndNumberMeanNoneAndTextIsTrimmed() {
        DocumentMetadata edited = new MetadataDraft("  新标题 ", " ", null, " 某省 ", " ", "").applyTo(guessed);
        assertEquals("新标题", edited.title());
        assertEquals("某省", edited.region());
        assertNull(edited.date());
        assertNull(edited.docNumber());
        assertNull(edited.level());
        assertEquals(Script.TRADITIONAL, edited.script());
    }

    @Test
    void namesTheProblemOfAnEmptyTitleOrAMalformedDate() {
        assertEquals(Optional.of("metadata.problem.title"), new MetadataDraft(" ", "", null, "", "", "").problem());
        assertEquals(Optional.of("metadata.problem.date"), new MetadataDraft("t", "", null, "", "2024年", "").problem());
        assertEquals(Optional.of("metadata.problem.date"), new MetadataDraft("t", "", null, "", "2024-5", "").problem());
        assertEquals(Optional.empty(), new MetadataDraft("t", "", null, "", "2024-05", "").problem());
    }
}
