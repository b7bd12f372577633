package org.policylens.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an import in two stages. The first ({@code prepare}: read, parse, analyse) is pure and runs on a small pool of
 * threads, several items at once. The second ({@code store}) runs on the calling thread and receives the prepared
 * items in input order, in batches, so that each batch can be one transaction. At most {@link #window} items are
 * prepared ahead of the store stage, so a long run holds only a bounded number of documents in memory; the sources
 * themselves are pulled from their iterator on the calling thread, one at a time, as room frees up.
 *
 * <p>A batch holds up to {@link #maxBatch} items, fewer when storing the last batch took long (it aims at about
 * {@link #TARGET_BATCH_NANOS} of store work per batch, so a transaction never holds the library for long), and is
 * closed early when gathering it took that long (so that results keep coming when preparing is the slow stage).
 *
 * @param <S> a source
 * @param <P> a prepared item
 * @param <R> what storing an item gave
 */
final class ImportPipeline<S, P, R> {

    /** About how long one batch should take to store, and at most to gather. */
    static final long TARGET_BATCH_NANOS = 1_000_000_000L;

    private final int threads;
    private final int maxBatch;
    private final int window;
    private final Function<S, P> prepare;
    private final Function<List<P>, List<R>> store;

    /**
     * @param threads  threads of the prepare stage
     * @param maxBatch most items per store batch
     * @param prepare  the pure stage; must be thread-safe and should turn a failure into a prepared item
     * @param store    stores a batch, returning one result per item, in order
     */
    ImportPipeline(int threads, int maxBatch, Function<S, P> prepare, Function<List<P>, List<R>> store) {
        if (threads < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("a pipeline needs a thread and a batch of at least one item");
        }
        this.threads = threads;
        this.maxBatch = maxBatch;
        // Enough prepared items for the next batch while the current one is being stored, and no more.
        this.window = 2 * maxBatch;
        this.prepare = prepare;
        this.store = store;
    }

    /**
     * Runs every source through both stages; {@code onEach} receives each result, in input order, on the calling
     * thread, as soon as its batch is stored.
     *
     * @return the results, in input order
     */
    List<R> run(Iterator<S> sources, Consumer<R> onEach) {
        List<R> results = new ArrayList<>();
        if (!sources.hasNext()) {
            return results;
        }
        S first = sources.next();
        if (!sources.hasNext()) {
            // One item: nothing to overlap, so no threads at all.
            deliver(store.apply(List.of(prepare.apply(first))), results, onEach);
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            Deque<Future<P>> inFlight = new ArrayDeque<>();
            inFlight.add(pool.submit(() -> prepare.apply(first)));
            int batchLimit = maxBatch;
            while (true) {
                fill(inFlight, sources, pool);
                if (inFlight.isEmpty()) {
                    return results;
                }
                List<P> batch = new ArrayList<>();
                long gatheringStarted = System.nanoTime();
                while (batch.size() < batchLimit && !inFlight.isEmpty()
                        && System.nanoTime() - gatheringStarted < TARGET_BATCH_NANOS) {
                    batch.add(await(inFlight.poll()));
                    fill(inFlight, sources, pool);
                }
                long storeStarted = System.nanoTime();
                deliver(store.apply(batch), results, onEach);
                long nanosPerItem = Math.max(1, (System.nanoTime() - storeStarted) / batch.size());
                batchLimit = (int) Math.max(1, Math.min(maxBatch, TARGET_BATCH_NANOS / nanosPerItem));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fill(Deque<Future<P>> inFlight, Iterator<S> sources, ExecutorService pool) {
        while (inFlight.size() < window && sources.hasNext()) {
            S source = sources.next();
            inFlight.add(pool.submit(() -> prepare.apply(source)));
        }
    }

    private void deliver(List<R> stored, List<R> results, Consumer<R> onEach) {
        for (R result : stored) {
            results.add(result);
            onEach.accept(result);
        }
    }

    private static <P> P await(Future<P> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, so an import never keeps the application alive, named for thread dumps. */
    private static final class WorkerThreads implements ThreadFactory {

        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "policylens-import-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
