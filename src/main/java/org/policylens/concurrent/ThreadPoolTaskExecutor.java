package org.policylens.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on named daemon worker threads and delivers progress and results through {@code callbacks} (in the
 * app: {@code Platform::runLater}). Daemon threads never keep the app alive after its window closes.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadPoolTaskExecutor.class);

    private final ExecutorService workers;
    private final Executor callbacks;

    public ThreadPoolTaskExecutor(int threads, Executor callbacks) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "policylens-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(threads, factory);
        this.callbacks = callbacks;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(double fraction, String message) {
                callbacks.execute(() -> task.progressCallback().progress(fraction, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        var future = workers.submit(() -> {
            try {
                T result = task.work().run(progress);
                if (!cancelled.get()) {
                    callbacks.execute(() -> task.successCallback().accept(result));
                }
            } catch (Exception | Error e) {
                if (!cancelled.get()) {
                    LOG.debug("task '{}' failed", task.title(), e);
                    callbacks.execute(() -> task.failureCallback().accept(e));
                }
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
