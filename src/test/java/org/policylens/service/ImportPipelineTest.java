package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The import pipeline's ordering, batching and bounds, with items that are plain numbers. */
class ImportPipelineTest {

    /** Prepares items at random speeds, so they finish out of order. */
    private static int slowly(int item, long seed) {
        try {
            Thread.sleep(new Random(seed + item).nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return item;
    }

    @Test
    void resultsComeInInputOrderOnTheCallingThreadInBatchesOfAtMostTheLimit() {
        Thread caller = Thread.currentThread();
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> preparedOn = Collections.synchronizedList(new ArrayList<>());
        ImportPipeline<Integer, Integer, String> pipeline = new ImportPipeline<>(3, 7, item -> {
            preparedOn.add(Thread.currentThread());
            return slowly(item, 42);
        }, batch -> {
            assertSame(caller, Thread.currentThread(), "stored on the calling thread");
            batchSizes.add(batch.size());
            return batch.stream().map(i -> "r" + i).toList();
        });
        List<String> delivered = new ArrayList<>();
        List<Integer> input = IntStream.range(0, 100).boxed().toList();

        List<String> results = pipeline.run(input.iterator(), r -> {
            assertSame(caller, Thread.currentThread());
            delivered.add(r);
        });

        List<String> expected = input.stream().map(i -> "r" + i).toList();
        assertEquals(expected, results);
        assertEquals(expected, delivered, "each result is delivered once, in order");
        assertTrue(batchSizes.stream().allMatch(n -> n >= 1 && n <= 7), batchSizes.toString());
        assertEquals(100, batchSizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(preparedOn.stream().noneMatch(t -> t == caller), "prepared on the pool");
    }

    @Test
    void neverPullsMoreSourcesThanTheWindowAndOneBatchAheadOfWhatIsStored() {
        int maxBatch = 5;
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterator<Integer> sources = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 200;
            }

            @Override
            public Integer next() {
                int ahead = pulled.incrementAndGet() - stored.get();
                mostAhead.accumulateAndGet(ahead, Math::max);
                return pulled.get();
            }
        };
        new ImportPipeline<Integer, Integer, Integer>(2, maxBatch, i -> i, batch -> {
            stored.addAndGet(batch.size());
            return batch;
        }).run(sources, r -> { });

        assertEquals(200, stored.get());
        // The window (two batches) is prepared ahead, plus the batch being gathered.
        assertTrue(mostAhead.get() <= 3 * maxBatch, "at most " + 3 * maxBatch + " ahead, was " + mostAhead.get());
    }

    @Test
    void aSingleItemIsPreparedOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> preparedOn = new ArrayList<>();
        List<String> results = new ImportPipeline<Integer, Integer, String>(4, 10, i -> {
            preparedOn.add(Thread.currentThread());
            return i;
        }, batch -> batch.stream().map(String::valueOf).toList()).run(List.of(7).iterator(), r -> { });

        assertEquals(List.of("7"), results);
        assertEquals(List.of(caller), preparedOn);
    }

    @Test
    void aFailingStoreStopsTheRunAfterTheBatchesAlreadyDelivered() {
        List<Integer> delivered = new ArrayList<>();
        ImportPipeline<Integer, Integer, Integer> pipeline = new ImportPipeline<>(2, 3, i -> i, batch -> {
            if (batch.contains(4)) {
                throw new IllegalStateException("disk full");
            }
            return batch;
        });

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> pipeline.run(IntStream.range(0, 10).iterator(), delivered::add));
        assertEquals("disk full", e.getMessage());
        assertTrue(delivered.size() <= 4 && !delivered.contains(4), delivered.toString());
        assertEquals(IntStream.range(0, delivered.size()).boxed().toList(), delivered, "a prefix, in order");
    }
}
