package org.policylens.ui.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.DocumentSummary;
import org.policylens.service.AppContext;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.policylens.ui.themes.HeatmapRow;
import org.policylens.ui.themes.HeatmapRows;
import org.policylens.ui.themes.ThemeSort;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a measuring harness for a big library, run by hand with
 * {@code mvn test -Dtest=LibraryScaleProbe -Dpolicylens.scale.db=/tmp/COPY.db -Dtestfx.setup.timeout=600000} on a
 * copy of a kept library (the probe edits and imports into it); {@code -Dpolicylens.scale.compared=N} compares N
 * documents instead of all. It prints how long the window takes, on the FX thread, to show the heatmap of
 * every document, to sort it, to focus a cell, and to follow a metadata edit, an import and a removal (with the
 * background work of every view that follows the library, as tasks run on the FX thread here). Each step includes a CSS
 * and layout pass of the whole window, as the next rendered frame would. Nothing is asserted: speed is reported.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "policylens.scale.db", matches = ".+")
class LibraryScaleProbe {

    @TempDir
    static Path dir;
    private static AppContext app;
    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Start
    void start(Stage stage) {
        app = AppContext.open(Path.of(System.getProperty("policylens.scale.db")));
        window = TestWindows.show(stage, app, dialogs, TestWindows.preferences(dir));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    /** Runs the step on the FX thread with a CSS and layout pass after it; prints wall and FX-thread CPU time. */
    private void time(FxRobot robot, String step, Runnable action) {
        AtomicLong cpu = new AtomicLong();
        long wall = System.nanoTime();
        robot.interact(() -> {
            long before = threads.getCurrentThreadCpuTime();
            action.run();
            Parent root = window.view().getScene().getRoot();
            root.applyCss();
            root.layout();
            cpu.set(threads.getCurrentThreadCpuTime() - before);
        });
        wall = System.nanoTime() - wall;
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf(Locale.ROOT, "PROBE %-44s wall %8.1f ms   fx cpu %8.1f ms%n", step, wall / 1e6,
                cpu.get() / 1e6);
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        List<String> library = window.model().library().allDocuments().stream().map(DocumentSummary::slug).toList();
        // How many documents the heatmap compares at most (the whole library unless told).
        List<String> all = library.subList(0, Integer.getInteger("policylens.scale.compared", library.size()));
        System.out.println("PROBE documents: " + library.size() + ", compared at most: " + all.size());
        robot.clickOn("#tab-themes");
        WaitForAsyncUtils.waitForFxEvents();
        time(robot, "heatmap: select all documents", () -> window.model().comparison().select(all));
        var themes = window.model().themes();
        String firstDocument = all.get(0);
        String lastDocument = all.get(all.size() - 1);
        for (int round = 1; round <= 2; round++) {
            time(robot, "heatmap: sort by total #" + round, () -> themes.sortBy(ThemeSort.by(ThemeSort.Key.TOTAL)));
            time(robot, "heatmap: sort by a document #" + round, () -> themes.sortBy(ThemeSort.byDocument(lastDocument)));
            time(robot, "heatmap: back to codebook order #" + round, () -> themes.sortBy(ThemeSort.CODEBOOK));
        }
        time(robot, "heatmap: its rows alone, no view (sort by total)", () -> HeatmapRows.build(
                themes.codingProperty().get(), themes.heatmapDocuments(), ThemeSort.by(ThemeSort.Key.TOTAL),
                Locale.SIMPLIFIED_CHINESE));
        HeatmapRow first = themes.rows().get(0);
        time(robot, "heatmap: open a cell (panel, 1 doc selected)", () -> {
            window.model().comparison().select(List.of(firstDocument, lastDocument));
            themes.openCell(first.code(), firstDocument);
        });
        time(robot, "heatmap: focus another cell", () -> themes.openCell(first.code(), lastDocument));
        time(robot, "heatmap: close the panel", themes::closePanel);
        time(robot, "heatmap: select all again", () -> window.model().comparison().select(all));
        // -Dpolicylens.scale.panel=false leaves this out: before the panel was virtualized it ran out of heap.
        if (Boolean.parseBoolean(System.getProperty("policylens.scale.panel", "true"))) {
            time(robot, "heatmap: focus a cell with all selected", () -> themes.openCell(first.code(), lastDocument));
            time(robot, "heatmap: close the panel", themes::closePanel);
        }
        robot.clickOn("#tab-targets");
        WaitForAsyncUtils.waitForFxEvents();
        time(robot, "targets: table of 20 documents", () -> window.model().comparison().select(all.subList(0, 20)));
        time(robot, "targets: table of all compared", () -> window.model().comparison().select(all));
        time(robot, "targets: back to 20 documents", () -> window.model().comparison().select(all.subList(0, 20)));

        robot.clickOn("#tab-reader");
        WaitForAsyncUtils.waitForFxEvents();
        String edited = library.get(library.size() / 2);
        var actions = window.model().importing().actions();
        dialogs.metadataEdit = m -> new org.policylens.model.DocumentMetadata(m.slug(), m.title() + "（修订）",
                m.issuer(), m.level(), m.region(), m.date(), m.docNumber(), m.script(), m.source());
        time(robot, "library: edit one document's metadata", () -> actions.editMetadata(edited));
        Path folder = Files.createDirectories(dir.resolve("files"));
        Path plan = ImportFixtures.planWithRewardTable(folder, "probe-plan.docx", "本方案自印发之日起施行（探针）。");
        dialogs.metadataEdit = m -> m;
        time(robot, "library: import one document", () -> window.model().importing().importFiles(List.of(plan)));
        String imported = window.model().library().selectedProperty().get().slug();
        dialogs.answer = true;
        time(robot, "library: remove the imported document", () -> actions.remove(imported));
        // What a whole reload (F5, a codebook change) costs the comparison views; a change of a few documents no
        // longer sets these off.
        time(robot, "targets: whole reload of the library's targets", () -> window.model().targets().reload());
        time(robot, "subsidies: whole reload of the library's subsidies", () -> window.model().subsidies().reload());
        window.model().importing().items().forEach(item -> System.out.println("PROBE import: " + item.state() + " "
                + item.detail()));
        System.out.println("PROBE documents now: " + window.model().library().allDocuments().size()
                + ", selected " + window.model().library().selectedProperty().get().slug());
    }
}
