package org.policylens.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing never leaves half a file and never destroys an existing one; failures say why in one line. */
class SafeExportTest {

    private static final byte[] OLD_BYTES = "the colleague's workbook".getBytes();

    @TempDir
    Path folder;

    private final ExcelWorkbookExporter exporter = new ExcelWorkbookExporter();
    private final WorkbookContent content = WorkbookFixture.content(ExportLanguage.ZH);

    private List<Path> streamingFiles(Path dir) throws IOException {
        return filesIn(dir).stream().filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).toList();
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void replacesAnExistingFileWithACompleteWorkbookAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("c.xlsx");
        Files.write(target, OLD_BYTES);
        exporter.export(content, target, ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(8, workbook.getNumberOfSheets());
        }
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void createsAMissingFolder() throws Exception {
        Path target = folder.resolve("reports/2026/c.xlsx");
        exporter.export(content, target, null);
        assertTrue(Files.size(target) > 0);
    }

    @Test
    void readOnlyTargetFileIsRefusedAndKept() throws Exception {
        Path target = folder.resolve("c.xlsx");
        Files.write(target, OLD_BYTES);
        assertTrue(target.toFile().setWritable(false, false));
        try {
            ExportException e = assertThrows(ExportException.class,
                    () -> exporter.export(content, target, ProgressListener.NONE));
            assertEquals(ExportException.Reason.TARGET_NOT_WRITABLE, e.reason());
            assertFalse(e.getMessage().contains("\n"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertArrayEquals(OLD_BYTES, Files.readAllBytes(target));
            assertEquals(List.of(target), filesIn(folder));
        } finally {
            target.toFile().setWritable(true, false);
        }
    }

    @Test
    void readOnlyFolderGivesAClearErrorAndKeepsTheExistingFile() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("shared"));
        Path target = dir.resolve("c.xlsx");
        Files.write(target, OLD_BYTES);
        Runnable undo = makeReadOnly(dir);
        try {
            ExportException e = assertThrows(ExportException.class,
                    () -> exporter.export(content, target, ProgressListener.NONE));
            assertEquals(ExportException.Reason.TARGET_NOT_WRITABLE, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot write " + target.toAbsolutePath()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertArrayEquals(OLD_BYTES, Files.readAllBytes(target));
        } finally {
            undo.run();
        }
        assertEquals(List.of(target), filesIn(dir));
    }

    /**
     * Takes write permission away from a folder. Root ignores permissions, so there the folder is made immutable
     * with chattr instead; where neither works the test cannot make its situation and is skipped.
     */
    private static Runnable makeReadOnly(Path dir) throws Exception {
        var original = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        Runnable restore = () -> {
            try {
                Files.setPosixFilePermissions(dir, original);
            } catch (IOException ignored) {
                // the TempDir cleanup reports it
            }
        };
        if (!Files.isWritable(dir)) {
            return restore;
        }
        restore.run();
        boolean immutable = run("chattr", "+i", dir.toString()) && !canCreateFileIn(dir);
        Assumptions.assumeTrue(immutable, "cannot make a read-only folder as this user");
        return () -> run("chattr", "-i", dir.toString());
    }

    private static boolean canCreateFileIn(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFolderInTheTargetsPlaceIsRefused() throws Exception {
        Path target = Files.createDirectory(folder.resolve("c.xlsx"));
        ExportException e = assertThrows(ExportException.class,
                () -> exporter.export(content, target, ProgressListener.NONE));
        assertEquals(ExportException.Reason.TARGET_NOT_WRITABLE, e.reason());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("c.xlsx");
        Files.write(target, OLD_BYTES);
        ExportException e = assertThrows(ExportException.class, () -> SafeFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("device error");
        }));
        assertEquals(ExportException.Reason.IO, e.reason());
        assertTrue(e.getMessage().endsWith(": device error"), e.getMessage());
        assertArrayEquals(OLD_BYTES, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aProgrammingErrorHalfWayAlsoLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("c.xlsx");
        Files.write(target, OLD_BYTES);
        assertThrows(IllegalStateException.class, () -> SafeFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertArrayEquals(OLD_BYTES, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void failuresAreClassifiedByTheirCause() {
        Path target = folder.resolve("c.xlsx");
        assertEquals(ExportException.Reason.DISK_FULL,
                SafeFileWriter.failure(new IOException("No space left on device"), target).reason());
        assertEquals(ExportException.Reason.DISK_FULL,
                SafeFileWriter.failure(new IOException("There is not enough space on the disk"), target).reason());
        assertEquals(ExportException.Reason.TARGET_NOT_WRITABLE, SafeFileWriter.failure(new FileSystemException(
                target.toString(), null, "The process cannot access the file because it is being used by another process"),
                target).reason());
        assertEquals(ExportException.Reason.TARGET_NOT_WRITABLE,
                SafeFileWriter.failure(new java.nio.file.AccessDeniedException(target.toString()), target).reason());
        ExportException other = SafeFileWriter.failure(new IOException("stream closed\nat line 2"), target);
        assertEquals(ExportException.Reason.IO, other.reason());
        assertFalse(other.getMessage().contains("\n"));
    }

    @Test
    void streamingTemporaryFilesAreDisposed() throws Exception {
        // POI's temporary files go to a folder of this test's own, so other programs using POI cannot disturb it.
        Path poiFiles = Files.createDirectories(folder.resolve("poi-temp"));
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                new org.apache.poi.util.DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            java.util.concurrent.atomic.AtomicInteger seenWhileWriting = new java.util.concurrent.atomic.AtomicInteger();
            exporter.export(content, folder.resolve("c.xlsx"), (done, total, stage) -> {
                try {
                    seenWhileWriting.accumulateAndGet(streamingFiles(poiFiles).size(), Math::max);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(seenWhileWriting.get() > 0, "the export streams rows through temporary files in " + poiFiles);
            assertEquals(List.of(), streamingFiles(poiFiles));
        } finally {
            org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                    new org.apache.poi.util.DefaultTempFileCreationStrategy());
        }
    }
}
