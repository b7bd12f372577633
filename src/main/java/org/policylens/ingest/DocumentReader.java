package org.policylens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

/**
 * Reads one file format into a {@link ParsedDocument}. Implementations are registered by file extension in
 * {@link DocumentReaders}.
 */
public interface DocumentReader {

    /** Largest input accepted: policy documents are far smaller, so anything bigger is a wrong file. */
    long MAX_INPUT_BYTES = 20L * 1024 * 1024;

    /** The file extensions this reader handles, lower case, without the dot. */
    Set<String> extensions();

    /**
     * Reads a document from the bytes of a file.
     *
     * @param bytes    the file content
     * @param fileName the file's name (used for the source field, a fallback title and slug)
     * @param slug     the slug to use, or null to derive one from the file name
     */
    ParsedDocument read(byte[] bytes, String fileName, String slug) throws IngestException;

    /** Reads a document from a file, with a slug derived from its name. */
    default ParsedDocument read(Path path) throws IngestException {
        return read(path, null);
    }

    /** Reads a document from a file, refusing files over {@link #MAX_INPUT_BYTES} before loading them. */
    default ParsedDocument read(Path path, String slug) throws IngestException {
        return read(readBounded(path), path.getFileName().toString(), slug);
    }

    /** The bytes of {@code path}, or an {@link IngestException} for a missing, unreadable or too large file. */
    static byte[] readBounded(Path path) throws IngestException {
        try {
            long size = Files.size(path);
            checkSize(size);
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IngestException(Reason.IO, "Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Rejects input over {@link #MAX_INPUT_BYTES}. */
    static void checkSize(long size) throws IngestException {
        if (size > MAX_INPUT_BYTES) {
            throw new IngestException(Reason.TOO_LARGE, "The file is " + size / (1024 * 1024)
                    + " MB; the limit is " + MAX_INPUT_BYTES / (1024 * 1024) + " MB.");
        }
    }
}
