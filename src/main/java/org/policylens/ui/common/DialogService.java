package org.policylens.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one without touching the scene graph and
 * tests can replace it with a recording fake.
 *
 * <p>The choosers and questions have defaults that choose nothing and decline, so a fake written for a flow that
 * never asks need not implement them.
 */
public interface DialogService {

    /** A problem the user should know about; {@code message} is already localized and has no stack trace. */
    void showError(String title, String message);

    /** Information such as the About box or the list of keyboard shortcuts. */
    void showInformation(String title, String message);

    /**
     * A file chooser for opening one or more files.
     *
     * @param filterName what the files are, e.g. "Documents (*.txt, *.docx)"
     * @param patterns   glob patterns such as {@code *.docx}
     * @return the chosen files; empty when the user cancelled
     */
    default List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns, boolean multiple) {
        return List.of();
    }

    /**
     * A file chooser for saving a file.
     *
     * @param suggestedName the file name shown first
     * @return the chosen path; empty when the user cancelled
     */
    default Optional<Path> chooseFileToSave(String title, String filterName, List<String> patterns,
                                            String suggestedName) {
        return Optional.empty();
    }

    /**
     * A yes/no question.
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
}
