package org.policylens.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a writer's main class in a child JVM on a library, collects what it reports as durable (lines starting with a
 * prefix, e.g. {@code saved <id>}) and kills it hard once it has reported enough: the crash tests' common half.
 */
final class KilledChild {

    /**
     * What the child said before it was killed.
     *
     * @param reported the ids it reported, in order
     * @param other    every other line it printed (for failure messages)
     * @param reached  whether it reported enough before the wait ran out
     */
    record Outcome(List<String> reported, List<String> other, boolean reached) {
    }

    private KilledChild() {
    }

    /**
     * @param killAfter   how many reports to wait for
     * @param extraMillis a further pause before the kill (0 for none), so the kill lands somewhere in the next write
     */
    static Outcome run(Class<?> main, Path library, String prefix, int killAfter, int waitSeconds, int extraMillis)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(),
                library.toString()).redirectErrorStream(true).start();
        List<String> reported = new ArrayList<>();
        List<String> other = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (reported) {
                        if (line.startsWith(prefix)) {
                            reported.add(line.substring(prefix.length()));
                            if (reported.size() >= killAfter) {
                                enough.countDown();
                            }
                        } else {
                            other.add(line);
                        }
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the child dies
            }
        });
        reader.start();
        boolean reached = enough.await(waitSeconds, TimeUnit.SECONDS);
        if (extraMillis > 0) {
            Thread.sleep(extraMillis);
        }
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (reported) {
            return new Outcome(List.copyOf(reported), List.copyOf(other), reached);
        }
    }
}
