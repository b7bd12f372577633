package org.policylens.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader only ever sees the old file or the complete new one: the bytes go to a temporary
 * file in the target's folder (the same file system, so the final move is a rename), are forced to disk, and the
 * temporary file is then moved over the target. On any failure the temporary file is deleted and the target is left
 * as it was.
 */
final class SafeFileWriter {

    /** Produces the file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Below this much free space an I/O failure is taken to mean a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private SafeFileWriter() {
    }

    static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new ExportException(ExportException.Reason.TARGET_NOT_WRITABLE, "cannot write " + file
                    + ": not a file path", null);
        }
        refuseUnwritableTarget(file);
        Path temp = null;
        boolean moved = false;
        try {
            Files.createDirectories(folder);
            temp = createTemp(folder, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                // Without this a crash right after the rename can leave an empty file under the target's name.
                channel.force(true);
            }
            moveIntoPlace(temp, file);
            moved = true;
        } catch (IOException e) {
            throw failure(e, file);
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), file);
        } catch (ReadOnlyFileSystemException e) {
            throw new ExportException(ExportException.Reason.TARGET_NOT_WRITABLE, "cannot write " + file
                    + ": the file system is read-only", e);
        } catch (RuntimeException e) {
            // POI wraps an I/O failure of its streaming temp files in a plain RuntimeException.
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw failure(io, file);
        } finally {
            if (!moved && temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A file the user marked read-only (or a folder in the target's place) is refused before anything is written:
     * a rename would replace it regardless, and the mark is the user saying "do not overwrite".
     */
    private static void refuseUnwritableTarget(Path file) throws ExportException {
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportException.Reason.TARGET_NOT_WRITABLE, "cannot write " + file
                    + ": it is a folder", null);
        }
        if (Files.exists(file) && isReadOnly(file)) {
            throw new ExportException(ExportException.Reason.TARGET_NOT_WRITABLE, "cannot write " + file
                    + ": the file is read-only", null);
        }
    }

    /** Read-only by the access check or by its attributes: root passes the access check for any file. */
    static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            if (dos != null && dos.readAttributes().isReadOnly()) {
                return true;
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
            }
        } catch (IOException e) {
            return false; // attributes unreadable: let the write itself decide
        }
        return false;
    }

    /**
     * A hidden temporary file beside the target. Not {@code Files.createTempFile}: that makes the file private to the
     * user (rw-------) on POSIX systems, and the exported workbook would keep those permissions after the move.
     */
    private static Path createTemp(Path folder, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + targetName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Turns an I/O failure into the reason a user can act on, with a one-line message. */
    static ExportException failure(IOException e, Path file) {
        if (isDiskFull(e, file)) {
            return new ExportException(ExportException.Reason.DISK_FULL, "cannot write " + file
                    + ": the disk is full", e);
        }
        if (e instanceof AccessDeniedException || isLockedOrReadOnly(e)) {
            return new ExportException(ExportException.Reason.TARGET_NOT_WRITABLE, "cannot write " + file
                    + ": the file or its folder is read-only, or the file is open in another program", e);
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new ExportException(ExportException.Reason.IO, "cannot write " + file + ": "
                + (detail == null ? e.getClass().getSimpleName() : detail.replace('\n', ' ')), e);
    }

    private static boolean isDiskFull(IOException e, Path file) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("not enough space")
                || message.contains("disk quota exceeded") || message.contains("disk full")) {
            return true;
        }
        try {
            Path folder = file.getParent();
            return folder != null && Files.exists(folder)
                    && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException ignored) {
            return false;
        }
    }

    /**
     * Failures that only say so in their text: a file open in Excel (a Windows sharing violation), a read-only or
     * write-protected medium, and EPERM (an immutable folder), which Java does not map to AccessDeniedException.
     */
    private static boolean isLockedOrReadOnly(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("used by another process") || message.contains("read-only file system")
                || message.contains("permission denied") || message.contains("access is denied")
                || message.contains("operation not permitted") || message.contains("write protected");
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more can be done; a hidden leftover is better than masking the export's own failure.
        }
    }
}
