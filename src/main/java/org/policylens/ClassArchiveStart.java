package org.policylens;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.policylens.service.LibraryLocation;

/**
 * Opens the window in a second JVM that maps an archive of the classes a window start loads (the JDK's class-data
 * sharing, "AppCDS"), which the first such start writes when it exits.
 *
 * <p>Why: a window start loads about 5,400 classes (JavaFX, the app, SQLite, ICU) and spins about 1,100 lambdas; parsing
 * and verifying them, and the compiler threads busy with the class loading code, took 0.3-0.8 s of a 2.1-2.8 s start on
 * the 2-core development VM. From an archive they are mapped ready-made. The JVM reads an archive only when told at its
 * start ({@code -XX:SharedArchiveFile}), and {@code java -jar} cannot be told by the jar, so this JVM starts the one that
 * shows the window and waits for it (this JVM's own part of the start is about 0.1 s). It forwards its JVM options, its
 * end (a terminating signal ends the child too; the child ends when this JVM is gone, see {@link #followParent}) and the
 * child's exit status.
 *
 * <p>The archive is a cache in the per-user cache folder, named after the jar (path, size, time), the Java runtime and
 * the JVM options, so a rebuilt jar or another runtime makes a new one. Nothing of it is needed to run: a runtime that
 * cannot share classes, an unusual JVM option (a debugger, an agent, module patches) or
 * {@code POLICYLENS_CLASS_ARCHIVE=off} keep the window in this JVM, and so does a child that fails before its main
 * method runs (which is then remembered for that runtime). An archive the child crashed on is deleted.
 */
final class ClassArchiveStart {

    /** Set in the child: when this (the first) JVM started, epoch ms, so the startup time counts both. */
    static final String LAUNCHED_AT_PROPERTY = "policylens.launchedAt";
    /** Set in the child: the first JVM's process id, which the child outlives by no more than a moment. */
    static final String PARENT_PROPERTY = "policylens.parentPid";
    /** Set in the child: a file its main method creates, so the first JVM can tell a failed JVM start. */
    static final String STARTED_MARKER_PROPERTY = "policylens.startedMarker";

    private static final String OFF_VARIABLE = "POLICYLENS_CLASS_ARCHIVE";

    /**
     * Options that show the user runs this JVM in a way of their own, or that a child cannot be given again: a
     * debugger, agent or JMX port (the child would take the same port or file), module patches (a JVM that writes an
     * archive refuses them), options files, and class-data-sharing options.
     */
    private static final List<String> OWN_WAY_PREFIXES = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun",
            "-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-XX:StartFlightRecording", "-XX:+FlightRecorder",
            "-XX:Flags", "-XX:VMOptionsFile", "--patch-module", "--limit-modules", "--upgrade-module-path",
            "-Djdk.module.", "-Dcom.sun.management.jmxremote", "-D" + LAUNCHED_AT_PROPERTY);

    /** Read by every {@code java} launcher; their contents are among this JVM's options already. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    /** The first bytes of an archive the JVM wrote at exit (a dynamic archive's magic number 0xf00baba8). */
    private static final byte[] ARCHIVE_MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    private ClassArchiveStart() {
    }

    /**
     * Runs the window in a child JVM with the class archive, if this JVM was started from jars in an ordinary way.
     *
     * @return the child's exit status; empty when the window is to start in this JVM
     */
    static OptionalInt runWindow(String[] args) {
        if (System.getProperty(LAUNCHED_AT_PROPERTY) != null
                || "off".equalsIgnoreCase(String.valueOf(System.getenv(OFF_VARIABLE)).strip())
                // The archive extends the runtime's own; without it mapped, a child could not write one.
                || !System.getProperty("java.vm.info", "").contains("sharing")) {
            return OptionalInt.empty();
        }
        Optional<List<Path>> classPath = jarClassPath(System.getProperty("java.class.path", ""));
        Path java = javaCommand(Path.of(System.getProperty("java.home"), "bin"));
        if (classPath.isEmpty() || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> options = runtime.getInputArguments();
        if (!isOrdinary(options)) {
            return OptionalInt.empty();
        }
        Child child = new Child(java, classPath.get(), Launcher.class.getName(), options, List.of(args),
                runtime.getStartTime());
        ArchiveFiles files = ArchiveFiles.of(LibraryLocation.cacheFolder().resolve("class-archive"), classPath.get(),
                options);
        return run(child, files, ProcessBuilder.Redirect.INHERIT);
    }

    /**
     * The command that starts the child: on Windows {@code javaw.exe} where there is one, which opens no console
     * window when the installed app (a program without a console) starts it.
     */
    private static Path javaCommand(Path bin) {
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            return bin.resolve("java");
        }
        Path windowless = bin.resolve("javaw.exe");
        return Files.isExecutable(windowless) ? windowless : bin.resolve("java.exe");
    }

    /** Whether the JVM options leave the start to PolicyLens (see {@link #OWN_WAY_PREFIXES}). */
    static boolean isOrdinary(List<String> jvmOptions) {
        return jvmOptions.stream().allMatch(o -> o.startsWith("-")
                && OWN_WAY_PREFIXES.stream().noneMatch(o::startsWith));
    }

    /** The class path's entries, if they are all jar files (class-data sharing takes classes from jars only). */
    static Optional<List<Path>> jarClassPath(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            try {
                Path jar = Path.of(entry).toAbsolutePath();
                if (!Files.isRegularFile(jar) || !entry.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    return Optional.empty();
                }
                jars.add(jar);
            } catch (RuntimeException invalidPath) {
                return Optional.empty();
            }
        }
        return jars.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(jars));
    }

    /**
     * A JVM to start: a main class on jars, with the options and arguments this one had.
     *
     * @param launchedAt when this JVM started, epoch ms
     */
    record Child(Path java, List<Path> classPath, String mainClass, List<String> jvmOptions, List<String> args,
                 long launchedAt) {

        /**
         * The command line, mapping {@code archive} or, when it is not there yet, writing it to {@code dumpTo}; the
         * child creates {@code startedMarker} when its main method runs.
         */
        List<String> command(Path archive, Path dumpTo, Path startedMarker) {
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.add(dumpTo == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dumpTo);
            // The JVM reports classes it cannot archive (old class file versions, JFR) and archives it rejects (a
            // runtime updated in place); none of that is the user's concern, the start goes on either way.
            command.add("-Xlog:cds=off,cds+dynamic=off");
            command.add("-D" + LAUNCHED_AT_PROPERTY + "=" + launchedAt);
            command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
            command.add("-D" + STARTED_MARKER_PROPERTY + "=" + startedMarker);
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
            command.add(mainClass);
            command.addAll(args);
            return command;
        }
    }

    /**
     * Runs {@code child} to its end with the archive of {@code files}, or making it.
     *
     * @param output where the child's output and errors go ({@link ProcessBuilder.Redirect#INHERIT}: this JVM's)
     * @return its exit status; empty if it could not be started or its JVM failed before its main method ran
     */
    static OptionalInt run(Child child, ArchiveFiles files, ProcessBuilder.Redirect output) {
        if (files.failedBefore()) {
            return OptionalInt.empty();
        }
        long pid = ProcessHandle.current().pid();
        Path startedMarker = files.startedMarker(pid);
        boolean making;
        try {
            Files.createDirectories(files.folder());
            Files.deleteIfExists(startedMarker);
            making = !Files.isRegularFile(files.archive());
            if (!making) {
                files.markUsed();
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Path dumpTo = making ? files.temporary(pid) : null;
        ProcessBuilder builder = new ProcessBuilder(child.command(files.archive(), dumpTo, startedMarker));
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        if (output == ProcessBuilder.Redirect.INHERIT) {
            builder.inheritIO();
        } else {
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(output).redirectErrorStream(true);
        }
        // Ended by a signal (Ctrl+C, a session logging out): end the child the same way and keep what it wrote.
        // Registered before the child starts, so no signal finds a child that nothing will end.
        AtomicReference<Process> started = new AtomicReference<>();
        Thread endChild = new Thread(() -> {
            Process process = started.get();
            if (process != null) {
                process.destroy();
                files.afterChild(dumpTo, waitFor(process), Files.exists(startedMarker));
            }
        }, "policylens-end-window");
        try {
            Runtime.getRuntime().addShutdownHook(endChild);
        } catch (IllegalStateException shuttingDown) {
            return OptionalInt.of(130);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException | UnsupportedOperationException e) {
            Runtime.getRuntime().removeShutdownHook(endChild);
            return OptionalInt.empty();
        }
        started.set(process);
        int status = waitFor(process);
        try {
            Runtime.getRuntime().removeShutdownHook(endChild);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: it deals with the files.
            return OptionalInt.of(status);
        }
        boolean reachedMain = Files.exists(startedMarker);
        files.afterChild(dumpTo, status, reachedMain);
        return reachedMain || status == 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    private static int waitFor(Process process) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * In the child, first thing: tells the first JVM that this one got to its main method, and ends this JVM when the
     * first one is gone without ending it (killed outright), so a window never outlives the process its user or a
     * script holds.
     */
    static void followParent() {
        String marker = System.getProperty(STARTED_MARKER_PROPERTY);
        if (marker != null) {
            try {
                Files.deleteIfExists(Path.of(marker));
                Files.createFile(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // The first JVM then treats an unsuccessful end as a failed start; the window itself is unaffected.
            }
        }
        String parentPid = System.getProperty(PARENT_PROPERTY);
        if (parentPid == null) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid));
        if (parent.isEmpty()) {
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> System.exit(1));
    }

    /**
     * The files for a class path and runtime, in {@code folder}: {@code policylens-<jar>-<build>-<options>.jsa}, where
     * {@code jar} stands for the class path's jars, {@code build} for their sizes and times and the runtime (its
     * version, and its own archive, which ours extends), and {@code options} for the JVM options (an archive only
     * serves the heap layout it was made with).
     */
    record ArchiveFiles(Path folder, String jarKey, String buildKey, String optionsKey) {

        /** Archives no start has used for this long are removed when a new one is written. */
        private static final long UNUSED_DAYS = 30;

        static ArchiveFiles of(Path folder, List<Path> classPath, List<String> jvmOptions) {
            StringBuilder build = new StringBuilder();
            boolean windows = System.getProperty("os.name", "").startsWith("Windows");
            Path runtimeArchive = Path.of(System.getProperty("java.home"), windows ? "bin" : "lib", "server",
                    "classes.jsa");
            for (Path file : Stream.concat(classPath.stream(), Stream.of(runtimeArchive)).toList()) {
                try {
                    build.append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file).toMillis());
                } catch (IOException e) {
                    build.append('-');
                }
                build.append('|');
            }
            build.append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
            return new ArchiveFiles(folder, hash(classPath.toString()), hash(build.toString()),
                    hash(String.join("\n", jvmOptions)));
        }

        Path archive() {
            return folder.resolve(name() + ".jsa");
        }

        /** Where a start writes a new archive: its own file, so that two first starts do not write one file. */
        Path temporary(long pid) {
            return folder.resolve(name() + "." + pid + ".tmp");
        }

        Path startedMarker(long pid) {
            return folder.resolve(name() + "." + pid + ".started");
        }

        /** Marks a runtime and options whose JVM failed to start, or ended normally without writing an archive. */
        private Path failedMarker() {
            return folder.resolve(name() + ".failed");
        }

        boolean failedBefore() {
            return Files.exists(failedMarker());
        }

        /** Records that a start used the archive, so that {@link #removeLeftovers} keeps it. */
        void markUsed() {
            try {
                Files.setLastModifiedTime(archive(), FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException | RuntimeException e) {
                // Only its age is lost.
            }
        }

        /**
         * After the child: puts an archive it wrote in place and removes leftovers; deletes the archive it crashed
         * on; remembers a runtime whose JVM did not start, or that ended normally without writing an archive.
         *
         * @param written     where the child was to write an archive, or null if it mapped one
         * @param reachedMain whether the child's main method ran
         */
        void afterChild(Path written, int exitStatus, boolean reachedMain) {
            deleteFile(startedMarker(ProcessHandle.current().pid()));
            boolean jvmFailed = !reachedMain && exitStatus != 0;
            boolean crashed = exitStatus == 134 || exitStatus == 135;
            try {
                if (written != null && !jvmFailed && exitStatus < 128 && isArchive(written)) {
                    try (FileChannel channel = FileChannel.open(written, StandardOpenOption.READ)) {
                        channel.force(true);
                    }
                    Files.move(written, archive(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    removeLeftovers();
                    return;
                }
                if (written != null) {
                    deleteFile(written);
                }
                if (written == null && crashed && !reachedMain) {
                    // SIGABRT / SIGBUS before the main method: a damaged archive maps as one and crashes the JVM at
                    // every start; the next start writes a new one. (A crash later, e.g. in the windowing system on
                    // quitting, is not the archive's.)
                    deleteFile(archive());
                } else if (jvmFailed || (written != null && exitStatus == 0)) {
                    Files.createFile(failedMarker());
                }
            } catch (IOException | RuntimeException e) {
                // A cache: the next start tries again.
                if (written != null) {
                    deleteFile(written);
                }
            }
        }

        private static boolean isArchive(Path file) throws IOException {
            if (!Files.isRegularFile(file) || Files.size(file) < ARCHIVE_MAGIC.length) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return java.util.Arrays.equals(in.readNBytes(ARCHIVE_MAGIC.length), ARCHIVE_MAGIC);
            }
        }

        /**
         * Removes the files of earlier builds of the same jars, archives no start has used for {@link #UNUSED_DAYS}
         * days, and archives that starts killed while writing left (27 MB each; an hour old, so that no other first
         * start is writing it now). One file that cannot go (in use on Windows) does not keep the others.
         */
        private void removeLeftovers() throws IOException {
            String sameJars = "policylens-" + jarKey + "-";
            String sameBuild = sameJars + buildKey + "-";
            long now = System.currentTimeMillis();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith("policylens-") || f.equals(archive())) {
                        continue;
                    }
                    long age = now - Files.getLastModifiedTime(f).toMillis();
                    boolean earlierBuild = name.startsWith(sameJars) && !name.startsWith(sameBuild);
                    boolean unused = name.endsWith(".jsa") && age > TimeUnit.DAYS.toMillis(UNUSED_DAYS);
                    boolean abandoned = name.endsWith(".tmp") && age > TimeUnit.HOURS.toMillis(1);
                    if (earlierBuild || unused || abandoned) {
                        deleteFile(f);
                    }
                }
            }
        }

        /** Deletes a file, read-only (as the JVM writes archives) or not; a file that cannot go is left. */
        private static void deleteFile(Path file) {
            try {
                if (!file.toFile().canWrite()) {
                    file.toFile().setWritable(true);
                }
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // Left for a later start.
            }
        }

        private String name() {
            return "policylens-" + jarKey + "-" + buildKey + "-" + optionsKey;
        }

        private static String hash(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 5);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
