package org.policylens.concurrent;

/** Runs background tasks. The app uses a thread pool that calls back on the FX thread; tests run tasks directly. */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task; the returned handle can cancel it. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting tasks and interrupts running ones. */
    @Override
    void close();

    /** A running task. */
    interface TaskHandle {
        void cancel();

        boolean isCancelled();
    }
}
