package org.policylens.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.concurrent.TaskExecutor;
import org.policylens.concurrent.TaskExecutor.TaskHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the UI's background tasks and keeps count of them, so the status bar can show that work is going on (and how
 * far it got) without every view model reporting it. Call it on the FX thread; callbacks arrive there too.
 */
public final class UiTasks {

    private static final Logger LOG = LoggerFactory.getLogger(UiTasks.class);

    private final TaskExecutor executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public UiTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Starts {@code work} in the background.
     *
     * @param description what the status bar shows while it runs (localized)
     * @param onFailure   receives the error after it has been logged once here
     */
    public <T> TaskHandle run(String description, BackgroundTask.Work<T> work, Consumer<T> onSuccess,
                              Consumer<Throwable> onFailure) {
        return run(description, work, (fraction, text) -> { }, onSuccess, onFailure);
    }

    /**
     * Starts {@code work} in the background, telling {@code onProgress} (on the FX thread) each time the work reports
     * progress, e.g. so that a view can show each part of the work as it finishes.
     */
    public <T> TaskHandle run(String description, BackgroundTask.Work<T> work,
                              BackgroundTask.ProgressListener onProgress, Consumer<T> onSuccess,
                              Consumer<Throwable> onFailure) {
        AtomicBoolean finished = new AtomicBoolean();
        Runnable finish = () -> {
            if (finished.compareAndSet(false, true)) {
                running.set(running.get() - 1);
                if (running.get() == 0) {
                    message.set("");
                    progress.set(-1);
                }
            }
        };
        running.set(running.get() + 1);
        message.set(description);
        progress.set(-1);
        BackgroundTask<T> task = BackgroundTask.of(description, work)
                .onProgress((fraction, text) -> {
                    progress.set(fraction);
                    onProgress.progress(fraction, text);
                })
                .onSuccess(result -> {
                    finish.run();
                    onSuccess.accept(result);
                })
                .onFailure(error -> {
                    finish.run();
                    LOG.warn("{} failed", description, error);
                    onFailure.accept(error);
                });
        TaskHandle handle = executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                // A cancelled task never calls back, so it stops counting as running here.
                handle.cancel();
                finish.run();
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
    }

    /** Number of tasks that have started and not yet finished. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Progress of the latest task, 0..1, or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the latest running task is doing; empty when idle. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
