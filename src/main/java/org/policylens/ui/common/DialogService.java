package org.policylens.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one without touching the scene graph and
 * tests can replace it with a recording fake.
 */
public interface DialogService {

    /** A problem the user should know about; {@code message} is already localized and has no stack trace. */
    void showError(String title, String message);

    /** Information such as the About box or the list of keyboard shortcuts. */
    void showInformation(String title, String message);

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message);

    /**
     * Asks where to save a file.
     *
     * @param defaultName the file name proposed
     * @param filter      what the files are called (localized), with their extension patterns such as {@code *.jsonld}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseFileToSave(String title, String defaultName, FileFilter filter);

    /** Asks for an existing file to open; empty when the user cancelled. */
    Optional<Path> chooseFileToOpen(String title, FileFilter filter);

    /** A file type offered by the file choosers: a localized description and patterns such as {@code *.jsonld}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}
