package org.policylens.ui.importing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.i18n.Messages;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.ImportOutcome;
import org.policylens.service.AppContext;
import org.policylens.service.ImportResult;
import org.policylens.service.ImportSource;
import org.policylens.service.MetadataOverrides;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryViewModel;

/**
 * Importing the user's own files: from the file chooser or dropped on the window. The files queued go in together, in
 * one background task running the import pipeline (several files parsed at once, stored in batches); the panel shows
 * each file's result as soon as it is in the library, and one bad file never stops the others. When a batch is done
 * the library reloads and the last imported document opens; a single new document gets the metadata form at once,
 * because its guessed title or region is what the user most often wants to correct.
 */
public final class ImportViewModel {

    /** The file types the readers handle; anything else is refused with a clear message. */
    public static final List<String> PATTERNS = List.of("*.txt", "*.docx", "*.html", "*.htm");

    private final UiServices services;
    private final LibraryViewModel library;
    private final DocumentActionsViewModel actions;
    private final ObservableList<ImportItem> items = FXCollections.observableArrayList();
    private final Deque<ImportItem> queue = new ArrayDeque<>();
    private final List<ImportItem> batch = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public ImportViewModel(UiServices services, LibraryViewModel library, DocumentActionsViewModel actions) {
        this.services = services;
        this.library = library;
        this.actions = actions;
    }

    /** File › Import…: asks for files and imports them. */
    public void chooseAndImport() {
        Messages m = services.messages();
        List<Path> files = services.dialogs().chooseFilesToOpen(m.get("import.chooser.title"), fileFilter(m));
        importFiles(files);
    }

    /** The file types offered by the choosers for import and for a new version. */
    static DialogService.FileFilter fileFilter(Messages messages) {
        return new DialogService.FileFilter(messages.get("import.chooser.filter"), PATTERNS);
    }

    /** Queues the files; they are imported in order after any that are still waiting. */
    public void importFiles(List<Path> files) {
        for (Path file : files) {
            ImportItem item = new ImportItem(file);
            item.update(ImportItem.State.WAITING, services.messages().get("import.state.waiting"), null);
            items.add(item);
            queue.add(item);
        }
        if (!running.get() && !queue.isEmpty()) {
            running.set(true);
            batch.clear();
            next();
        }
    }

    /** Imports everything queued so far as one run of the import pipeline; items show their result as it comes. */
    private void next() {
        if (queue.isEmpty()) {
            running.set(false);
            batchFinished();
            return;
        }
        List<ImportItem> run = new ArrayList<>(queue);
        queue.clear();
        Messages m = services.messages();
        run.forEach(item -> item.update(ImportItem.State.READING, m.get("import.state.reading"), null));
        batch.addAll(run);
        List<Path> files = run.stream().map(ImportItem::file).toList();
        // Filled on the worker as files finish, emptied on the FX thread (in the same order) when progress arrives.
        Queue<Result> finished = new ConcurrentLinkedQueue<>();
        Iterator<ImportItem> unfinished = run.iterator();
        Runnable showFinished = () -> {
            for (Result result = finished.poll(); result != null; result = finished.poll()) {
                finish(unfinished.next(), result);
            }
        };
        String description = files.size() == 1 ? m.get("import.task", run.get(0).fileName())
                : m.get("import.task.files", files.size());
        services.tasks().run(description, progress -> importRun(files, finished, progress),
                (fraction, text) -> showFinished.run(),
                done -> {
                    showFinished.run();
                    next();
                },
                error -> {
                    showFinished.run();
                    // The library could not be written: the files not yet reported are not in it.
                    unfinished.forEachRemaining(item -> item.update(ImportItem.State.FAILED,
                            m.get("import.state.failed", ImportErrors.describe(m, error)), null));
                    next();
                });
    }

    /** What one file became, with the counts the panel shows (read on the worker: they are queries). */
    private record Result(ImportResult result, int targets, int subsidies) {
    }

    private Void importRun(List<Path> files, Queue<Result> finished, BackgroundTask.Progress progress) {
        AppContext app = services.app();
        int[] done = {0};
        app.importer().importAll(files.stream().map(f -> ImportSource.file(f, MetadataOverrides.NONE)).toList(),
                result -> {
                    finished.add(counted(app, result));
                    progress.update(++done[0] / (double) files.size(), "");
                });
        return null;
    }

    private static Result counted(AppContext app, ImportResult result) {
        if (result.failed() || !result.outcome().imported()) {
            return new Result(result, 0, 0);
        }
        var counts = app.extraction().recordCounts(result.outcome().document().id());
        return new Result(result, counts.targets(), counts.subsidies());
    }

    private void finish(ImportItem item, Result result) {
        Messages m = services.messages();
        if (result.result().failed()) {
            item.update(ImportItem.State.FAILED,
                    m.get("import.state.failed", ImportErrors.describe(m, result.result().failure())), null);
            return;
        }
        ImportOutcome outcome = result.result().outcome();
        var doc = outcome.document();
        if (outcome.imported()) {
            item.update(ImportItem.State.IMPORTED, m.get("import.state.imported", doc.passages(), result.targets(),
                    result.subsidies()), doc.slug());
        } else {
            item.update(ImportItem.State.DUPLICATE, m.get("import.state.duplicate", doc.metadata().title()),
                    doc.slug());
        }
    }

    private void batchFinished() {
        List<ImportItem> imported = batch.stream().filter(i -> i.state() == ImportItem.State.IMPORTED).toList();
        if (imported.isEmpty()) {
            return;
        }
        String last = imported.get(imported.size() - 1).documentSlug();
        library.refreshAndSelect(imported.stream().map(ImportItem::documentSlug).toList(), last);
        if (imported.size() == 1) {
            actions.editMetadata(last);
        }
    }

    /** Opens the document a listed file became or duplicates. */
    public void open(ImportItem item) {
        if (item != null && item.documentSlug() != null) {
            library.select(item.documentSlug());
        }
    }

    /** Empties the panel of finished files (nothing is undone). */
    public void clearFinished() {
        items.removeIf(i -> i.state().finished());
    }

    /** A line summing up the listed files, e.g. "2 imported · 1 duplicate · 1 failed". */
    public String summary() {
        long done = items.stream().filter(i -> i.state() == ImportItem.State.IMPORTED).count();
        long duplicates = items.stream().filter(i -> i.state() == ImportItem.State.DUPLICATE).count();
        long failed = items.stream().filter(i -> i.state() == ImportItem.State.FAILED).count();
        return services.messages().get("import.summary", done, duplicates, failed, items.size());
    }

    public ObservableList<ImportItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DocumentActionsViewModel actions() {
        return actions;
    }
}
