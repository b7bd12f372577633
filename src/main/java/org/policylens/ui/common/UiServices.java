package org.policylens.ui.common;

import java.util.Objects;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;

/**
 * What every view model needs: the application's services, background tasks, the messages of the current language,
 * the dialogs and the remembered settings. Built by {@code MainWindow} for each language and passed down by
 * constructor.
 */
public record UiServices(AppContext app, UiTasks tasks, Messages messages, DialogService dialogs,
                         UiPreferences preferences) {

    public UiServices {
        Objects.requireNonNull(app);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(messages);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(preferences);
    }

    /** Tells the user, in one dialog, that background work failed and why. */
    public void showFailure(Throwable error) {
        dialogs.showError(messages.get("error.title"), messages.get("error.task", error.getMessage()));
    }

    /** Shows the error message under {@code key} (a localized sentence telling the user what to fix). */
    public void showError(String key) {
        dialogs.showError(messages.get("error.title"), messages.get(key));
    }
}
