package org.policylens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.model.DocumentMetadata;
import org.policylens.ui.importing.ImportFixtures;
import org.policylens.ui.importing.LibraryWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The annotations panel while the library changes, headless: removing a document takes its annotations (and their
 * tags) away and keeps the others as they were; a metadata edit reads no annotation but the text filter finds the
 * new title.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationsLibraryChangeTest extends LibraryWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }


    private AnnotationsViewModel annotations() {
        return window.model().annotations();
    }

    /** The annotations held, in a fixed order, compared with what the library has now. */
    private void assertSameAsWholeLoad() {
        Comparator<Annotation> byId = Comparator.comparingLong(Annotation::id);
        assertEquals(app.annotations().list(null).stream().sorted(byId).toList(),
                annotations().all().stream().sorted(byId).toList());
        assertEquals(app.annotations().tags().keySet(),
                annotations().tags().stream().map(TagCount::tag).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aRemovalTakesItsAnnotationsAwayAndAMetadataEditReadsNone(FxRobot robot) throws Exception {
        Path plan = ImportFixtures.planWithRewardTable(Files.createDirectories(dir.resolve("files")), "plan.docx",
                "本方案自印发之日起施行(批注)。");
        List<String> before = slugs();
        robot.interact(() -> window.model().importing().importFiles(List.of(plan)));
        String slug = slugs().stream().filter(s -> !before.contains(s)).findFirst().orElseThrow();
        app.annotations().create("anhui", 0, 4, "标题", AnnotationColor.YELLOW, List.of("保留"));
        app.annotations().create(slug, 0, 4, "新文件", AnnotationColor.GREEN, List.of("随文件删除"));
        robot.interact(() -> annotations().reload());
        Annotation kept = annotations().all().stream().filter(a -> a.documentSlug().equals("anhui")).findFirst()
                .orElseThrow();

        dialogs.answer = true;
        robot.interact(() -> window.model().importing().actions().remove(slug));

        assertTrue(annotations().all().stream().noneMatch(a -> a.documentSlug().equals(slug)));
        assertTrue(annotations().tags().stream().noneMatch(t -> t.tag().equals("随文件删除")));
        assertSame(kept, annotations().all().stream().filter(a -> a.id() == kept.id()).findFirst().orElseThrow(),
                "another document's annotation is kept, not read again");
        assertSameAsWholeLoad();

        List<Annotation> held = List.copyOf(annotations().all());
        dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), "皖质量方案", m.issuer(), m.level(), m.region(),
                m.date(), m.docNumber(), m.script(), m.source());
        robot.interact(() -> window.model().importing().actions().editMetadata("anhui"));
        for (int i = 0; i < held.size(); i++) {
            assertSame(held.get(i), annotations().all().get(i), "a metadata edit reads no annotation");
        }
        robot.interact(() -> annotations().textFilterProperty().set("皖质量方案"));
        assertEquals(List.of(kept.id()), annotations().shown().stream().map(Annotation::id).toList());
    }
}
