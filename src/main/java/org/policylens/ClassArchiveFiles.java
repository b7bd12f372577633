package org.policylens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files for a class path and runtime, in {@code folder}: {@code policylens-<jar>-<build>-<options>.jsa}, where
 * {@code jar} stands for the class path's jars, {@code build} for their sizes and times and the runtime (its
 * version, and its own archive, which ours extends), and {@code options} for the JVM options (an archive only
 * serves the heap layout it was made with).
 */
record ClassArchiveFiles(Path folder, String jarKey, String buildKey, String optionsKey) {

    /** The first bytes of an archive the JVM wrote at exit (a dynamic archive's magic number 0xf00baba8). */
    private static final byte[] ARCHIVE_MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    /** Archives no start has used for this long are removed when a new one is written. */
    private static final long UNUSED_DAYS = 30;

    static ClassArchiveFiles of(Path folder, List<Path> classPath, List<String> jvmOptions) {
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
        return new ClassArchiveFiles(folder, hash(classPath.toString()), hash(build.toString()),
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
            return Arrays.equals(in.readNBytes(ARCHIVE_MAGIC.length), ARCHIVE_MAGIC);
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
