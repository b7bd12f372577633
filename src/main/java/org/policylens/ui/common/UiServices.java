package org.policylens.ui.common;

import java.util.Objects;
import org.policylens.concurrent.TaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;

/**
 * What every view model needs: the application's services, the task executor and the messages. Built once by
 * {@code DesktopApp} and passed down by constructor.
 */
public record UiServices(AppContext app, TaskExecutor tasks, Messages messages) {

    public UiServices {
        Objects.requireNonNull(app);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(messages);
    }
}
