package org.policylens.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;

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

    /**
     * Asks for one or more existing files to open; empty when the user cancelled.
     *
     * <p>Like the other additions below it has a default (nothing chosen), so a fake written for a flow that never
     * asks need not implement it.
     */
    default List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        return List.of();
    }

    /**
     * A yes/no question whose buttons say what they do, for something that cannot simply be taken back (removing a
     * document, replacing a file). The cancelling button is the default, so a stray Enter does nothing.
     *
     * @param confirmLabel the text of the button that goes ahead, e.g. "Remove"
     * @param cancelLabel  the text of the button that does nothing, in the UI's language
     * @return true when the user went ahead
     */
    default boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return false;
    }

    /**
     * The metadata form: title, issuer, level, region, date and document number, pre-filled from {@code current}.
     *
     * @return the edited metadata (slug, script and source unchanged); empty when the user cancelled
     */
    default Optional<DocumentMetadata> editMetadata(Messages messages, String title, DocumentMetadata current) {
        return Optional.empty();
    }

    /** A file type offered by the file choosers: a localized description and patterns such as {@code *.jsonld}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}
