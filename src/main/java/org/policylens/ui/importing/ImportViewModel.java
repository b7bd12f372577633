package org.policylens.ui.importing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.i18n.Messages;
import org.policylens.model.ImportOutcome;
import org.policylens.service.AppContext;
import org.policylens.service.MetadataOverrides;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryViewModel;

/**
 * Importing the user's own files: from the file chooser or dropped on the window. Files go in one at a time, each in
 * its own background task, so the panel shows every file's state as it changes and one bad file never stops the
 * others. When a batch is done the library reloads and the last imported document opens; a single new document gets
 * the metadata form at once, because its guessed title or region is what the user most often wants to correct.
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

    private void next() {
        ImportItem item = queue.poll();
        if (item == null) {
            running.set(false);
            batchFinished();
            return;
        }
        Messages m = services.messages();
        item.update(ImportItem.State.READING, m.get("import.state.reading"), null);
        batch.add(item);
        services.tasks().run(m.get("import.task", item.fileName()), progress -> importOne(item.file()),
                result -> {
                    finish(item, result);
                    next();
                },
                error -> {
                    item.update(ImportItem.State.FAILED, m.get("import.state.failed", ImportErrors.describe(m, error)),
                            null);
                    next();
                });
    }

    /** What one file became, with the counts the panel shows (read on the worker: they are queries). */
    private record Result(ImportOutcome outcome, int targets, int subsidies) {
    }

    private Result importOne(Path file) {
        AppContext app = services.app();
        ImportOutcome outcome = app.importer().importFile(file, MetadataOverrides.NONE);
        if (!outcome.imported()) {
            return new Result(outcome, 0, 0);
        }
        String slug = outcome.document().slug();
        return new Result(outcome, app.targets().targets(slug, false).size(),
                app.subsidies().subsidies(slug, false).size());
    }

    private void finish(ImportItem item, Result result) {
        Messages m = services.messages();
        var doc = result.outcome().document();
        if (result.outcome().imported()) {
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
        library.reloadAndSelect(last);
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
