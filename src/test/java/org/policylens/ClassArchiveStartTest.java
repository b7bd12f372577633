package org.policylens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
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

    /** Does what the launcher's main method does first in a child (the started marker), then exits with 7. */
    private static final String MAIN = """
            public class Hello {
                public static void main(String[] args) throws Exception {
                    java.nio.file.Files.createFile(java.nio.file.Path.of(System.getProperty("policylens.startedMarker")));
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
        ClassArchiveStart.Child child = new ClassArchiveStart.Child(java(), List.of(jar), "Hello",
                List.of("-Xmx64m", "-Xlog:class+load=info:file=" + log), List.of("--db", "a b.db"), 1234L);
        ClassArchiveFiles files = ClassArchiveFiles.of(dir.resolve("cache"), List.of(jar),
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
        assertEquals(List.of(files.archive()), cacheFiles());
    }

    @Test
    void aChildJvmThatCannotStartLeavesTheWindowToTheFirstJvmFromThenOn() throws IOException {
        Path jar = helloJar();
        ClassArchiveStart.Child child = new ClassArchiveStart.Child(java(), List.of(jar), "Hello",
                List.of("-XX:+NoSuchOptionInAnyJvm"), List.of(), 0);
        ClassArchiveFiles files = ClassArchiveFiles.of(dir.resolve("cache"), List.of(jar),
                child.jvmOptions());
        assertEquals(OptionalInt.empty(), ClassArchiveStart.run(child, files, ProcessBuilder.Redirect.DISCARD),
                "a JVM that fails before main: the window starts in the first JVM");
        assertTrue(files.failedBefore(), "and this runtime and options are not tried again");
        assertFalse(Files.exists(files.archive()));
    }

    @Test
    void aDamagedArchiveIsNotPutInPlace() throws IOException {
        Path jar = helloJar();
        ClassArchiveFiles files = archiveFiles(jar);
        Files.writeString(files.temporary(3), "not an archive");
        files.afterChild(files.temporary(3), 7, true);
        assertFalse(Files.exists(files.archive()));
        assertFalse(Files.exists(files.temporary(3)), "what the start wrote is removed");
        assertFalse(files.failedBefore(), "a start that ended with an error may write one next time");
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws IOException {
        Path jar = helloJar();
        ClassArchiveFiles before = archiveFiles(jar);
        Files.writeString(before.archive(), "archive of the earlier build");
        Path otherJar = Files.copy(jar, dir.resolve("other.jar"));
        ClassArchiveFiles ofOtherJar = archiveFiles(otherJar);
        ClassArchiveFiles otherOptions = archiveFiles(jar, "-Xmx8g");
        Files.writeString(otherOptions.archive(), "same build, other options");
        Files.writeString(ofOtherJar.archive(), "another jar's archive");

        Files.writeString(jar, "rebuilt", StandardOpenOption.APPEND);
        ClassArchiveFiles after = archiveFiles(jar);
        assertFalse(after.archive().equals(before.archive()), "a rebuilt jar has an archive of its own");
        Path written = after.temporary(42);
        Files.write(written, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3});
        after.afterChild(written, 0, true);

        assertTrue(Files.exists(after.archive()), "what the start wrote is the archive now");
        assertFalse(Files.exists(written));
        assertFalse(Files.exists(before.archive()), "the earlier build's archive is removed");
        assertFalse(Files.exists(otherOptions.archive()), "with its other options' one");
        assertTrue(Files.exists(ofOtherJar.archive()), "another jar's archive is not touched");
    }

    @Test
    void aRuntimeThatEndsNormallyWithoutAnArchiveIsNotAskedAgainButAKilledStartIs() throws IOException {
        Path jar = helloJar();
        ClassArchiveFiles files = archiveFiles(jar);
        files.afterChild(files.temporary(1), 137, true);
        assertFalse(files.failedBefore(), "a killed start wrote nothing; the next one tries again");
        files.afterChild(files.temporary(2), 0, true);
        assertTrue(files.failedBefore(), "a normal end without an archive means this runtime cannot write one");
        assertEquals(OptionalInt.empty(), ClassArchiveStart.run(new ClassArchiveStart.Child(java(), List.of(jar),
                "Hello", List.of(), List.of(), 0), files, ProcessBuilder.Redirect.DISCARD),
                "then the window starts in the first JVM");
    }

    @Test
    void anArchiveTheChildCrashedOnIsDeleted() throws IOException {
        ClassArchiveFiles files = archiveFiles(helloJar());
        Files.writeString(files.archive(), "truncated");
        files.afterChild(null, 134, true);
        assertTrue(Files.exists(files.archive()), "a crash after the main method ran is not the archive's");
        files.afterChild(null, 135, false);
        assertFalse(Files.exists(files.archive()), "one before it is: the next start writes a new archive");
        assertFalse(files.failedBefore());
    }

    @Test
    void theChildGetsTheOptionsArchiveAndArguments() {
        Path java = Path.of("jdk", "bin", "java");
        Path archive = Path.of("c", "a.jsa");
        Path marker = Path.of("c", "a.started");
        ClassArchiveStart.Child child = new ClassArchiveStart.Child(java, List.of(Path.of("app", "p.jar"),
                Path.of("app", "fx.jar")), "org.policylens.Launcher", List.of("-Xmx2g", "-Dfile.encoding=UTF-8"),
                List.of("--db", "x.db"), 99);
        assertEquals(List.of(java.toString(), "-XX:CompileThresholdScaling=3", "-Xmx2g", "-Dfile.encoding=UTF-8",
                "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off,cds+dynamic=off", "-Dpolicylens.launchedAt=99",
                "-Dpolicylens.parentPid=" + ProcessHandle.current().pid(), "-Dpolicylens.startedMarker=" + marker,
                "-cp", Path.of("app", "p.jar") + File.pathSeparator + Path.of("app", "fx.jar"),
                "org.policylens.Launcher", "--db", "x.db"), child.command(archive, null, marker));
        Path dumpTo = Path.of("c", "a.1.tmp");
        assertTrue(child.command(archive, dumpTo, marker).contains("-XX:ArchiveClassesAtExit=" + dumpTo),
                "without an archive the child writes one");
    }

    @Test
    void aDebuggerAgentOrClassArchiveOptionKeepsTheWindowInTheFirstJvm() {
        assertTrue(ClassArchiveStart.isOrdinary(List.of()));
        assertTrue(ClassArchiveStart.isOrdinary(List.of("-Xmx512m", "-Dprism.order=sw", "-XX:+UseSerialGC")));
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/x/agent.jar", "-XX:SharedArchiveFile=/x.jsa", "-Xshare:off",
                "-XX:StartFlightRecording=filename=a.jfr", "-Dpolicylens.launchedAt=5",
                "--patch-module=java.base=/x", "-Dcom.sun.management.jmxremote.port=9010", "-XX:Flags=/x/.hotspotrc",
                "+PrintGCDetails")) {
            assertFalse(ClassArchiveStart.isOrdinary(List.of("-Xmx1g", option)), option);
        }
    }

    @Test
    void onlyAClassPathOfJarsCanBeArchived() throws IOException {
        Path jar = helloJar();
        String sep = File.pathSeparator;
        assertEquals(Optional.of(List.of(jar)), ClassArchiveStart.jarClassPath(jar.toString()));
        assertEquals(Optional.empty(), ClassArchiveStart.jarClassPath(jar + sep + dir.resolve("classes")),
                "mvn javafx:run puts target/classes on the class path");
        assertEquals(Optional.empty(), ClassArchiveStart.jarClassPath(dir.resolve("gone.jar").toString()));
        assertEquals(Optional.empty(), ClassArchiveStart.jarClassPath(""));
    }

    /** The archive files for a class path of one jar and these JVM options, in a cache folder that exists. */
    private ClassArchiveFiles archiveFiles(Path jar, String... jvmOptions) throws IOException {
        return ClassArchiveFiles.of(Files.createDirectories(dir.resolve("cache")), List.of(jar),
                List.of(jvmOptions));
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
