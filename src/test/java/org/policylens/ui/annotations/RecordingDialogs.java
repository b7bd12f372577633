package org.policylens.ui.annotations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policylens.ui.common.DialogService;

/** A {@link DialogService} for tests: records every message, answers confirmations and file choosers as told. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean confirmAnswer = true;
    Path fileToSave;
    Path fileToOpen;
    String proposedName;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String defaultName, FileFilter filter) {
        proposedName = defaultName;
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return Optional.ofNullable(fileToOpen);
    }
}
