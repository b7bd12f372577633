package org.policylens.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for UI tests: records every message it is asked to show, answers confirmations and file
 * choosers from what the test queued, and fails the test on a dialog nobody expected.
 */
public final class RecordingDialogService implements DialogService {

    private final List<String> shown = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();

    /** Messages shown so far, errors prefixed with "error: ". */
    public List<String> shown() {
        return shown;
    }

    public List<String> errors() {
        return shown.stream().filter(m -> m.startsWith("error: ")).map(m -> m.substring("error: ".length())).toList();
    }

    /** The answer to the next confirmation. */
    public RecordingDialogService answer(boolean confirm) {
        confirmations.add(confirm);
        return this;
    }

    /** The file the next file chooser returns. */
    public RecordingDialogService choose(Path file) {
        files.add(file);
        return this;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + message);
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + message);
        }
        return confirmations.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String defaultName, FileFilter filter) {
        return nextFile(title);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return nextFile(title);
    }

    private Optional<Path> nextFile(String title) {
        if (files.isEmpty()) {
            throw new AssertionError("unexpected file chooser: " + title);
        }
        return Optional.of(files.poll());
    }
}
