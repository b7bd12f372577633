package org.policylens;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>The archive is a cache in the per-user cache folder ({@link ClassArchiveFiles}: named after the jars, the Java
 * runtime and the JVM options, so a rebuilt jar or another runtime makes a new one). Nothing of it is needed to run: a
 * runtime that cannot share classes, an unusual JVM option (a debugger, an agent, module patches) or
 * {@code POLICYLENS_CLASS_ARCHIVE=off} keep the window in this JVM, and so does a child that fails before its main
 * method runs (which is then remembered for that runtime). An archive the child crashed on before its main method is
 * deleted.
 */
final class ClassArchiveStart {

    /** Set in the child: when this (the first) JVM started, epoch ms, so the startup time (MainWindow) counts both. */
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

    /**
     * Options for the window's JVM, before the user's (which win where they say otherwise). The JIT compilers start
     * compiling a method after a third as many calls: at start-up they otherwise took more CPU than the FX thread on
     * two cores, compiling code that runs a few thousand times and never again (CSS matching, layout). Medians of
     * alternating starts 2.41 -> 2.14 s (slow hour) and 1.93 -> 1.83 s, process CPU -15-20%; the bench's import,
     * search and comparison figures did not change beyond their noise. {@code mvn javafx:run} sets the same (pom.xml).
     */
    static final List<String> WINDOW_JVM_OPTIONS = List.of("-XX:CompileThresholdScaling=3");

    /** Read by every {@code java} launcher; their contents are among this JVM's options already. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

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
        ClassArchiveFiles files = ClassArchiveFiles.of(LibraryLocation.cacheFolder().resolve("class-archive"),
                classPath.get(), options);
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
            command.addAll(WINDOW_JVM_OPTIONS);
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
    static OptionalInt run(Child child, ClassArchiveFiles files, ProcessBuilder.Redirect output) {
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

}
