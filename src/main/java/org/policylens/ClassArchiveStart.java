package org.policylens;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.policylens.service.LibraryLocation;

/**
 * Opens the window in a second JVM that maps an archive of the classes a window start loads (the JDK's class-data
 * sharing, "AppCDS"), which the first such start makes when it exits.
 *
 * <p>Why: a window start loads about 5,400 classes (JavaFX, the app, SQLite, ICU) and spins about 1,100 lambdas; parsing
 * and verifying them, and the compiler threads busy with the class loading code, took 0.4-0.8 s of a 2.2-2.8 s start on
 * the 2-core development VM. From an archive they are mapped ready-made. The JVM reads an archive only when told at its
 * start ({@code -XX:SharedArchiveFile}), and {@code java -jar} cannot be told by the jar, so this JVM starts the one that
 * shows the window, and waits for it (about 0.1 s of its own start). It forwards its JVM options, and its end (a
 * terminating signal ends the child too; the child ends if this JVM is killed outright, see {@link #followParent}).
 *
 * <p>The archive is a cache: named after the jar (path, size, time) and the Java runtime, so a rebuilt jar or another
 * runtime makes a new one; a start without one writes it when the window closes; a runtime that cannot write one is
 * remembered and not asked again. Nothing of it is needed to run: any failure starts the window in this JVM, as
 * {@code POLICYLENS_CLASS_ARCHIVE=off} does.
 */
final class ClassArchiveStart {

    /** Set in the child: when this (the first) JVM started, epoch ms, so the startup time counts both. */
    static final String LAUNCHED_AT_PROPERTY = "policylens.launchedAt";

    private static final String OFF_VARIABLE = "POLICYLENS_CLASS_ARCHIVE";

    /**
     * Options the child must not be given again, or that show the user runs this JVM in a way of their own: a debugger
     * or agent (the child would take the same port or file), and class-data-sharing options.
     */
    private static final List<String> OWN_WAY_PREFIXES = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun",
            "-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-XX:StartFlightRecording", "-XX:+FlightRecorder",
            "-D" + LAUNCHED_AT_PROPERTY);

    private ClassArchiveStart() {
    }

    /**
     * Runs the window in a child JVM with the class archive, if this JVM was started from the jar in an ordinary way.
     *
     * @return the child's exit status; empty when the window is to start in this JVM
     */
    static OptionalInt runWindow(String[] args) {
        if (System.getProperty(LAUNCHED_AT_PROPERTY) != null
                || "off".equalsIgnoreCase(String.valueOf(System.getenv(OFF_VARIABLE)).strip())) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = runningJar();
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> options = runtime.getInputArguments();
        if (!isOrdinary(options)) {
            return OptionalInt.empty();
        }
        Child child = new Child(java, jar.get(), Launcher.class.getName(), options, List.of(args),
                runtime.getStartTime());
        ArchiveFiles files = ArchiveFiles.of(LibraryLocation.cacheFolder().resolve("class-archive"), jar.get(),
                options);
        return run(child, files, ProcessBuilder.Redirect.INHERIT);
    }

    /** Whether the JVM options leave the start to PolicyLens (see {@link #OWN_WAY_PREFIXES}). */
    static boolean isOrdinary(List<String> jvmOptions) {
        return jvmOptions.stream().noneMatch(o -> OWN_WAY_PREFIXES.stream().anyMatch(o::startsWith));
    }

    /**
     * A JVM to start: the main class of the jar, with the options and arguments this one had.
     *
     * @param launchedAt when this JVM started, epoch ms
     */
    record Child(Path java, Path jar, String mainClass, List<String> jvmOptions, List<String> args, long launchedAt) {

        /** The command line, mapping {@code archive} or, when it is not there yet, writing it to {@code dumpTo}. */
        List<String> command(Path archive, Path dumpTo) {
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.add(dumpTo == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dumpTo);
            // The JVM reports classes it cannot archive (old class file versions, JFR) and archives it rejects (a
            // runtime updated in place); none of that is the user's concern, the start goes on either way.
            command.add("-Xlog:cds=off,cds+dynamic=off");
            command.add("-D" + LAUNCHED_AT_PROPERTY + "=" + launchedAt);
            command.addAll(List.of("-cp", jar.toString(), mainClass));
            command.addAll(args);
            return command;
        }
    }

    /**
     * Runs {@code child} to its end with the archive of {@code files}, or making it.
     *
     * @param output where the child's output goes ({@link ProcessBuilder.Redirect#INHERIT} for the user's terminal)
     * @return its exit status; empty if it could not be started
     */
    static OptionalInt run(Child child, ArchiveFiles files, ProcessBuilder.Redirect output) {
        if (files.failedBefore()) {
            return OptionalInt.empty();
        }
        boolean making = !Files.isRegularFile(files.archive());
        Path dumpTo = making ? files.temporary(ProcessHandle.current().pid()) : null;
        Process process;
        try {
            if (making) {
                Files.createDirectories(files.archive().getParent());
            }
            process = new ProcessBuilder(child.command(files.archive(), dumpTo))
                    .redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(output).redirectError(output)
                    .start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        // Ended by a signal (Ctrl+C, a session logging out): end the child the same way and keep what it wrote.
        Thread endChild = new Thread(() -> {
            process.destroy();
            waitQuietly(process);
            if (making) {
                files.keep(dumpTo, process.exitValue());
            }
        }, "policylens-end-window");
        Runtime.getRuntime().addShutdownHook(endChild);
        int status = waitQuietly(process);
        try {
            Runtime.getRuntime().removeShutdownHook(endChild);
        } catch (IllegalStateException shuttingDown) {
            return OptionalInt.of(status);
        }
        if (making) {
            files.keep(dumpTo, status);
        }
        return OptionalInt.of(status);
    }

    private static int waitQuietly(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Only the JVM's end interrupts here; the child's end is what this thread is for.
                Thread.interrupted();
            }
        }
    }

    /**
     * In the child: ends this JVM when the one that started it is gone without ending it (killed outright), so a
     * window never outlives the process its user or a script holds.
     */
    static void followParent() {
        if (System.getProperty(LAUNCHED_AT_PROPERTY) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));
    }

    /** The jar this class was loaded from, if it was. */
    private static Optional<Path> runningJar() {
        try {
            CodeSource source = ClassArchiveStart.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the archive for a jar and runtime is kept: {@code folder/policylens-<jar>-<build>.jsa}, with the jar's path
     * in the first part and its size, time, the runtime and the JVM options (an archive is only valid for the heap
     * layout it was made with) in the second.
     */
    record ArchiveFiles(Path folder, String jarKey, String buildKey) {

        static ArchiveFiles of(Path folder, Path jar, List<String> jvmOptions) {
            String build;
            try {
                build = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
            } catch (IOException e) {
                build = "unknown";
            }
            build += "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version") + "|"
                    + String.join(" ", jvmOptions);
            return new ArchiveFiles(folder, hash(jar.toAbsolutePath().toString()), hash(build));
        }

        Path archive() {
            return folder.resolve(name() + ".jsa");
        }

        /** Where a start writes a new archive: its own file, so that two first starts do not write one file. */
        Path temporary(long pid) {
            return folder.resolve(name() + "." + pid + ".tmp");
        }

        /** Marks a runtime that exited normally without writing an archive (it has no base archive to extend). */
        private Path failedMarker() {
            return folder.resolve(name() + ".failed");
        }

        boolean failedBefore() {
            return Files.exists(failedMarker());
        }

        /**
         * After a start that was to write the archive: puts it in place and removes leftovers; or, when a normal
         * exit wrote nothing, remembers that this runtime cannot.
         */
        void keep(Path written, int exitStatus) {
            try {
                if (Files.isRegularFile(written) && Files.size(written) > 0) {
                    Files.move(written, archive(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    removeLeftovers();
                } else {
                    Files.deleteIfExists(written);
                    if (exitStatus == 0) {
                        Files.createFile(failedMarker());
                    }
                }
            } catch (IOException e) {
                // A cache: the next start tries again.
            }
        }

        /**
         * Removes the files of earlier builds of the same jar, and archives that starts killed while writing left
         * (27 MB each; an hour old, so not one another first start is writing now).
         */
        private void removeLeftovers() throws IOException {
            String sameJar = "policylens-" + jarKey + "-";
            long anHourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    boolean otherBuild = name.startsWith(sameJar) && !name.startsWith(name());
                    boolean abandoned = name.startsWith(name()) && name.endsWith(".tmp")
                            && Files.getLastModifiedTime(f).toMillis() < anHourAgo;
                    if (otherBuild || abandoned) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }

        private String name() {
            return "policylens-" + jarKey + "-" + buildKey;
        }

        private static String hash(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
