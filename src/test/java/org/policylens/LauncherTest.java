package org.policylens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in a real child JVM, as {@code java -jar policylens.jar list} runs it. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void aSubcommandRunsHeadlessWithoutLoadingJavaFx() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-verbose:class", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", dir.resolve("l.db").toString(), "list", "--format", "json"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finishes");
        assertEquals(0, process.exitValue(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        List<String> fxClasses = output.lines()
                .filter(l -> l.contains("class,load") && (l.contains(" javafx.") || l.contains(" com.sun.javafx.")))
                .toList();
        assertTrue(fxClasses.isEmpty(), "JavaFX classes loaded by a CLI run: " + fxClasses);
        assertTrue(output.contains("\"slug\" : \"hefei\""), "a new library starts with the bundled corpus");
    }
}
