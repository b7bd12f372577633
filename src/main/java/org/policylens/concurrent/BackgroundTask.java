package org.policylens.concurrent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Slow work (import, extraction, export, search over many documents) described once and run by a
 * {@link TaskExecutor}: the work runs on a worker thread, the callbacks on the executor's callback thread (the FX
 * thread in the app), so the UI never blocks and no node is touched from a worker.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Progress reporting from inside the work. */
    public interface Progress {
        /** @param fraction 0..1, or a negative number when unknown */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** Receives progress updates on the callback thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private ProgressListener onProgress = (fraction, message) -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successCallback() {
        return onSuccess;
    }

    Consumer<Throwable> failureCallback() {
        return onFailure;
    }

    ProgressListener progressCallback() {
        return onProgress;
    }
}
