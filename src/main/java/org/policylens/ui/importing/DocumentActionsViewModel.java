package org.policylens.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.policylens.i18n.Messages;
import org.policylens.model.Annotation;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.model.RemovalImpact;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryViewModel;

/**
 * What the user can do to one document of the library: correct its metadata, replace its text with a new version,
 * remove it. Each asks first through the dialogs, does its work in the background and then updates that document's
 * entry in the library list.
 */
public final class DocumentActionsViewModel {

    private final UiServices services;
    private final LibraryViewModel library;
    private final Consumer<String> reopen;

    /**
     * @param reopen shows a document again in the reader after its text changed (a reload alone keeps the old text
     *               on screen when the selection does not change)
     */
    public DocumentActionsViewModel(UiServices services, LibraryViewModel library, Consumer<String> reopen) {
        this.services = services;
        this.library = library;
        this.reopen = reopen;
    }

    /** The metadata form for the document, then the edit. */
    public void editMetadata(String slug) {
        Messages m = services.messages();
        DocumentSummary doc;
        try {
            doc = services.app().library().document(slug);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        services.dialogs().editMetadata(m, m.get("metadata.title"), doc.metadata()).ifPresent(edited ->
                services.tasks().run(m.get("metadata.task"), progress -> services.app().library()
                                .editMetadata(slug, edited),
                        saved -> library.refreshAndSelect(slug), this::fail));
    }

    /** A file chooser for the new version, then the replacement, then how the annotations fared. */
    public void replaceWithNewVersion(String slug) {
        Messages m = services.messages();
        Optional<Path> chosen = services.dialogs().chooseFileToOpen(m.get("replace.chooser.title"),
                ImportViewModel.fileFilter(m));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        services.tasks().run(m.get("replace.task", file.getFileName()), progress -> replace(file, slug),
                report -> {
                    library.refreshAndSelect(slug);
                    reopen.accept(slug);
                    services.dialogs().showInformation(m.get("replace.title"), report);
                },
                error -> services.dialogs().showError(m.get("replace.failed.title"), ImportErrors.describe(m, error)));
    }

    private String replace(Path file, String slug) {
        Messages m = services.messages();
        ImportOutcome outcome = services.app().importer().importNewVersion(file, slug);
        String title = outcome.document().metadata().title();
        if (outcome.status() == ImportOutcome.Status.DUPLICATE) {
            return m.get("replace.unchanged", title);
        }
        // The import re-anchored the annotations; an orphaned one is kept but its quote was not found again.
        List<Annotation> annotations = services.app().annotations().list(slug);
        long orphaned = annotations.stream().filter(Annotation::orphaned).count();
        return m.get("replace.done", title, annotations.size() - orphaned, orphaned);
    }

    /** A confirmation that says what goes with the document and that a backup is made; then the removal. */
    public void remove(String slug) {
        Messages m = services.messages();
        DocumentSummary doc;
        RemovalImpact impact;
        try {
            doc = services.app().library().document(slug);
            impact = services.app().library().removalImpact(slug);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        String question = m.get("remove.question", doc.metadata().title(), impact.annotations(),
                impact.recordDecisions(), impact.themeDecisions());
        if (!services.dialogs().confirm(m.get("remove.title"), question, m.get("remove.confirm"),
                m.get("dialog.cancel"))) {
            return;
        }
        services.tasks().run(m.get("remove.task", doc.metadata().title()),
                progress -> services.app().library().remove(slug),
                backup -> {
                    library.removed(slug);
                    services.dialogs().showInformation(m.get("remove.title"),
                            m.get("remove.done", doc.metadata().title(), backup.toAbsolutePath()));
                },
                this::fail);
    }

    private void fail(Throwable error) {
        Messages m = services.messages();
        services.dialogs().showError(m.get("error.title"), m.get("error.task", ImportErrors.describe(m, error)));
    }
}
