package org.policylens.ui.common;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one without touching the scene graph and
 * tests can replace it with a recording fake.
 */
public interface DialogService {

    /** A problem the user should know about; {@code message} is already localized and has no stack trace. */
    void showError(String title, String message);

    /** Information such as the About box or the list of keyboard shortcuts. */
    void showInformation(String title, String message);
}
