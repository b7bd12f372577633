package org.policylens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window start from the jar runs in a child JVM that maps a class archive, which the first such start writes when it
 * ends. Checked with real JVMs on a small jar (the window itself needs a display; the flow is the same).
 */
class ClassArchiveStartTest {

    private static final String MAIN = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("launched at " + System.getProperty("policylens.launchedAt")
                            + " args " + String.join(",", args));
                    System.exit(7);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theFirstStartWritesTheArchiveAndLaterStartsMapIt() throws IOException {
        assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"),
                "this runtime has no base class archive to extend");
        Path jar = helloJar();
        Path log = dir.resolve("classes.log");
        ClassArchiveStart.Child child = new ClassArchiveStart.Child(java(), jar, "Hello",
                List.of("-Xmx64m", "-Xlog:class+load=info:file=" + log), List.of("--db", "a b.db"), 1234L);
        ClassArchiveStart.ArchiveFiles files = ClassArchiveStart.ArchiveFiles.of(dir.resolve("cache"), jar,
                child.jvmOptions());
        Path output = dir.resolve("out.txt");

        OptionalInt first = ClassArchiveStart.run(child, files, ProcessBuilder.Redirect.to(output.toFile()));
        assertEquals(OptionalInt.of(7), first, "the child's exit status is the start's");
        assertEquals("launched at 1234 args --db,a b.db", Files.readString(output).strip());
        assertTrue(Files.isRegularFile(files.archive()), "the first start leaves the archive");
        assertEquals(List.of(files.archive()), cacheFiles(), "and nothing else");
        assertFalse(Files.readString(log).contains("Hello source: shared objects file"));

        assertEquals(OptionalInt.of(7), ClassArchiveStart.run(child, files,
                ProcessBuilder.Redirect.to(output.toFile())));
        assertTrue(Files.readString(log).contains("Hello source: shared objects file (top)"),
                "the second start maps the app's classes from the archive");
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws IOException {
        Path jar = helloJar();
        ClassArchiveStart.ArchiveFiles before = ClassArchiveStart.ArchiveFiles.of(dir.resolve("cache"), jar,
                List.of());
        Files.createDirectories(before.folder());
        Files.writeString(before.archive(), "archive of the earlier build");
        Path otherJar = Files.copy(jar, dir.resolve("other.jar"));
        ClassArchiveStart.ArchiveFiles ofOtherJar = ClassArchiveStart.ArchiveFiles.of(dir.resolve("cache"), otherJar,
                List.of());
        Files.writeString(ofOtherJar.archive(), "another jar's archive");

        Files.writeString(jar, "rebuilt", java.nio.file.StandardOpenOption.APPEND);
        ClassArchiveStart.ArchiveFiles after = ClassArchiveStart.ArchiveFiles.of(dir.resolve("cache"), jar,
                List.of());
        assertFalse(after.archive().equals(before.archive()), "a rebuilt jar has an archive of its own");
        Path written = after.temporary(42);
        Files.writeString(written, "new archive");
        after.keep(written, 0);

        assertEquals("new archive", Files.readString(after.archive()));
        assertFalse(Files.exists(before.archive()), "the earlier build's archive is removed");
        assertTrue(Files.exists(ofOtherJar.archive()), "another jar's archive is not touched");
    }

    @Test
    void aRuntimeThatWritesNoArchiveIsNotAskedAgainButAKilledStartIs() throws IOException {
        ClassArchiveStart.ArchiveFiles files = ClassArchiveStart.ArchiveFiles.of(dir.resolve("cache"), helloJar(),
                List.of());
        Files.createDirectories(files.folder());
        files.keep(files.temporary(1), 137);
        assertFalse(files.failedBefore(), "a killed start wrote nothing; the next one tries again");
        files.keep(files.temporary(2), 0);
        assertTrue(files.failedBefore(), "a normal end without an archive means this runtime cannot write one");
        assertEquals(OptionalInt.empty(), ClassArchiveStart.run(new ClassArchiveStart.Child(java(), helloJar(),
                "Hello", List.of(), List.of(), 0), files, ProcessBuilder.Redirect.DISCARD),
                "then the window starts in the first JVM");
    }

    @Test
    void theChildGetsTheOptionsArchiveAndArguments() {
        ClassArchiveStart.Child child = new ClassArchiveStart.Child(Path.of("/jdk/bin/java"), Path.of("/app/p.jar"),
                "org.policylens.Launcher", List.of("-Xmx2g", "-Dfile.encoding=UTF-8"), List.of("--db", "x.db"), 99);
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dfile.encoding=UTF-8", "-XX:SharedArchiveFile=/c/a.jsa",
                "-Xlog:cds=off,cds+dynamic=off", "-Dpolicylens.launchedAt=99", "-cp", "/app/p.jar",
                "org.policylens.Launcher", "--db", "x.db"), child.command(Path.of("/c/a.jsa"), null));
        assertTrue(child.command(Path.of("/c/a.jsa"), Path.of("/c/a.1.tmp"))
                .contains("-XX:ArchiveClassesAtExit=/c/a.1.tmp"), "without an archive the child writes one");
    }

    @Test
    void aDebuggerAgentOrClassArchiveOptionKeepsTheWindowInTheFirstJvm() {
        assertTrue(ClassArchiveStart.isOrdinary(List.of()));
        assertTrue(ClassArchiveStart.isOrdinary(List.of("-Xmx512m", "-Dprism.order=sw", "-XX:+UseSerialGC")));
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/x/agent.jar", "-XX:SharedArchiveFile=/x.jsa", "-Xshare:off",
                "-XX:StartFlightRecording=filename=a.jfr", "-Dpolicylens.launchedAt=5")) {
            assertFalse(ClassArchiveStart.isOrdinary(List.of("-Xmx1g", option)), option);
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.toList();
        }
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A jar with one main class, compiled here: class archives take classes from jars only. */
    private Path helloJar() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src")).resolve("Hello.java");
        Files.writeString(source, MAIN);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), source.toString()));
        Path jar = dir.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }
}
