package org.policylens.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void makesNothingUntilAskedThenOnceForEveryone() throws Exception {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<Object> value = OnFirstUse.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertEquals(0, made.get(), "nothing made before the first get");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return value.get();
                }));
            }
            start.countDown();
            Object first = asked.get(0).get();
            for (Future<Object> each : asked) {
                assertSame(first, each.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(value.get(), value.get());
        assertEquals(1, made.get(), "made once");
    }
}
