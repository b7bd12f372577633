package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.AnnotationColor;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.RemovalImpact;

class LibraryServiceTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("lib.db"));
        app.importer().importBundled();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void removalSaysWhatGoesBacksUpFirstAndRemovesEverythingOfTheDocument() {
        app.annotations().annotateQuote("yichun", "质量强市", 1, "", AnnotationColor.YELLOW, List.of());
        app.annotations().annotateQuote("yichun", "质量强市", 2, "", AnnotationColor.YELLOW, List.of());
        long someTarget = app.targets().targets("yichun", false).get(0).record().id();
        app.targets().reject(someTarget);
        assertEquals(new RemovalImpact(2, 1, 0), app.library().removalImpact("yichun"));

        Path backup = app.library().remove("yichun");
        assertTrue(Files.exists(backup), backup.toString());
        assertEquals(4, app.library().documents().size());
        assertTrue(app.annotations().list(null).isEmpty());
        assertTrue(app.targets().targets(null, true).stream()
                .noneMatch(t -> t.record().document().equals("yichun")));
        assertThrows(UserException.class, () -> app.library().open("yichun"));

        try (AppContext restored = AppContext.open(backup)) {
            assertEquals(5, restored.library().documents().size());
            assertEquals(2, restored.annotations().list("yichun").size());
        }
    }

    @Test
    void metadataCanBeEditedAndIsValidated() {
        DocumentMetadata old = app.library().document("anhui").metadata();
        DocumentMetadata edited = new DocumentMetadata("anhui", "安徽省质量强省建设纲要(修订)", old.issuer(), Level.PROVINCE,
                "安徽省", "2023-05-10", "皖发〔2023〕1号", old.script(), old.source());
        assertEquals("2023-05-10", app.library().editMetadata("anhui", edited).metadata().date());
        assertEquals("皖发〔2023〕1号", app.library().document("anhui").metadata().docNumber());
        assertThrows(UserException.class, () -> app.library().editMetadata("anhui", new DocumentMetadata("anhui",
                " ", null, null, null, null, null, old.script(), null)));
        assertThrows(UserException.class, () -> app.library().editMetadata("anhui", new DocumentMetadata("anhui",
                "标题", null, null, null, "May 2023", null, old.script(), null)));
    }
}
