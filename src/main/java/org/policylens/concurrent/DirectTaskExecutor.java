package org.policylens.concurrent;

/** Runs each task at once on the calling thread; for tests of view models, which then need no waiting. */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(double fraction, String message) {
                task.progressCallback().progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        try {
            T result = task.work().run(progress);
            task.successCallback().accept(result);
        } catch (Exception e) {
            task.failureCallback().accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
