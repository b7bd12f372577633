package org.policylens.ui.importing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;
import org.policylens.ui.common.DialogService;

/**
 * A {@link DialogService} for tests: file choosers return what the test queued, questions get the answer the test
 * set, the metadata form applies the test's edit, and every message shown is recorded.
 */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<DocumentMetadata> metadataShown = new ArrayList<>();
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Optional<Path>> filesToSave = new ArrayDeque<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public boolean answer;
    /** The user's edit in the metadata form; null cancels the form. */
    public UnaryOperator<DocumentMetadata> metadataEdit;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        return filesToOpen.isEmpty() ? List.of() : filesToOpen.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return chooseFilesToOpen(title, filter).stream().findFirst();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String defaultName, FileFilter filter) {
        suggestedNames.add(defaultName);
        return filesToSave.isEmpty() ? Optional.empty() : filesToSave.poll();
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return answer;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return confirm(title, message);
    }

    @Override
    public Optional<DocumentMetadata> editMetadata(Messages messages, String title, DocumentMetadata current) {
        metadataShown.add(current);
        return metadataEdit == null ? Optional.empty() : Optional.of(metadataEdit.apply(current));
    }
}
