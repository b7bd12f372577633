package org.policylens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in a real child JVM, as {@code java -jar policylens.jar list} runs it. */
class LauncherTest {

    @TempDir
    Path dir;

    /** Runs the launcher in a child JVM whose per-user folder and temp folder lie in {@code dir}. */
    private Process launch(List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp"))));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.resolve("user").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        return builder.start();
    }

    @Test
    void aSubcommandRunsHeadlessWithoutLoadingJavaFx() throws IOException, InterruptedException {
        Process process = launch(List.of("-verbose:class"), "--db", dir.resolve("l.db").toString(), "list",
                "--format", "json");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finishes");
        assertEquals(0, process.exitValue(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        List<String> fxClasses = output.lines()
                .filter(l -> l.contains("class,load") && (l.contains(" javafx.") || l.contains(" com.sun.javafx.")))
                .toList();
        assertTrue(fxClasses.isEmpty(), "JavaFX classes loaded by a CLI run: " + fxClasses);
        assertTrue(output.contains("\"slug\" : \"hefei\""), "a new library starts with the bundled corpus");
    }

    /**
     * SQLite's native library is copied once into the per-user cache folder and loaded from there: the driver's own
     * way (a copy in its temp folder at every start) is made to fail here, so the CLI only works when the kept copy
     * is what loads.
     */
    @Test
    void theSqliteNativeLibraryIsLoadedFromTheCopyKeptInTheCacheFolder() throws IOException, InterruptedException {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "the driver cannot extract into a file");
        for (int run = 0; run < 2; run++) {
            Process process = launch(List.of("-Dorg.sqlite.tmpdir=" + notAFolder), "--db",
                    dir.resolve("l.db").toString(), "list");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finishes");
            assertEquals(0, process.exitValue(), output);
        }
        try (Stream<Path> kept = Files.walk(dir.resolve("cache").resolve("policylens").resolve("native"))) {
            assertEquals(1, kept.filter(Files::isRegularFile).count(), "one kept copy");
        }
    }
}
