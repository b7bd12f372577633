package org.policylens.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.policylens.ingest.BundledCorpus;
import org.policylens.ingest.DocumentReader;
import org.policylens.ingest.IngestException;
import org.policylens.model.DocumentMetadata;

/**
 * One document to import: its name (which decides the format, and is what its outcome reports), where its bytes come
 * from, and the metadata stated for it. A file is read only when its turn comes, by the thread that parses it.
 */
public final class ImportSource {

    /** Files larger than this are refused before they are read (the readers' own limit). */
    static final long MAX_FILE_BYTES = DocumentReader.MAX_INPUT_BYTES;

    /** Reads the bytes of a source. */
    @FunctionalInterface
    interface Content {
        /** @throws UserException when they cannot be read */
        byte[] read();
    }

    private final String name;
    private final Content content;
    /** What the user stated (each non-null field replaces the guess); null for a bundled document. */
    private final MetadataOverrides overrides;
    /** The whole metadata of a bundled document, as its manifest states it; null otherwise. */
    private final DocumentMetadata manifest;

    private ImportSource(String name, Content content, MetadataOverrides overrides, DocumentMetadata manifest) {
        this.name = name;
        this.content = content;
        this.overrides = overrides;
        this.manifest = manifest;
    }

    /** A file, read when it is imported. */
    public static ImportSource file(Path file, MetadataOverrides overrides) {
        return new ImportSource(file.getFileName().toString(), () -> readFile(file), overrides, null);
    }

    /** The content of a file named {@code fileName}. */
    public static ImportSource bytes(byte[] bytes, String fileName, MetadataOverrides overrides) {
        return new ImportSource(fileName, () -> bytes, overrides, null);
    }

    /** A document of the bundled corpus, with the metadata its manifest states. */
    static ImportSource bundled(BundledCorpus.Entry entry) {
        return new ImportSource(entry.metadata().source(), entry::bytes, null, entry.metadata());
    }

    /** The file name. */
    public String name() {
        return name;
    }

    byte[] read() {
        return content.read();
    }

    /**
     * The slug to parse the document with, before a clash with the library is resolved.
     *
     * @throws UserException when the user stated an invalid slug
     */
    String provisionalSlug() {
        if (manifest != null) {
            return manifest.slug();
        }
        if (overrides.slug() != null && !Slugs.isValid(overrides.slug())) {
            throw new UserException("invalid slug '" + overrides.slug()
                    + "': use lower-case letters, digits and '-' (at most 64)");
        }
        return overrides.slug() != null ? overrides.slug() : Slugs.fromFileName(name, "doc");
    }

    /** Whether the user chose the slug: then a clash is an error rather than a reason to pick another. */
    boolean slugStated() {
        return overrides != null && overrides.slug() != null;
    }

    /** The metadata to store, from what the parser guessed. */
    DocumentMetadata metadata(DocumentMetadata guessed) {
        return manifest != null ? manifest : overrides.applyTo(guessed);
    }

    static byte[] readFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException(file + " is a folder, not a document");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                String message = file + " is too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)";
                // The ingest reason as cause lets the GUI say this in the user's language.
                throw new UserException(message, new IngestException(IngestException.Reason.TOO_LARGE, message));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file,
                    new IngestException(IngestException.Reason.IO, "no such file: " + file, e));
        } catch (IOException e) {
            String message = "cannot read " + file + ": " + e.getMessage();
            throw new UserException(message, new IngestException(IngestException.Reason.IO, message, e));
        }
    }
}
