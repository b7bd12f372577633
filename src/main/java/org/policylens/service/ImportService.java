package org.policylens.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.policylens.ingest.BundledCorpus;
import org.policylens.ingest.DocumentReader;
import org.policylens.ingest.IngestException;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.model.ParsedDocument;
import org.policylens.store.DocumentRepository;
import org.policylens.store.SettingsRepository;

/**
 * Brings documents into the library. Import is idempotent: a document whose decoded body text (SHA-256) is already
 * stored is reported as a duplicate and nothing changes.
 */
public final class ImportService {

    /** Files larger than this are refused before they are read (the readers' own limit). */
    static final long MAX_FILE_BYTES = DocumentReader.MAX_INPUT_BYTES;

    /** Set once the library has had its first start, so removing every document never brings the corpus back. */
    static final String FIRST_START_DONE = "first-start.done";

    private final DocumentRepository documents;
    private final SettingsRepository settings;
    private final DocumentParser parser;
    private final List<DocumentAnalyzer> analyzers;

    public ImportService(DocumentRepository documents, SettingsRepository settings, DocumentParser parser,
                         List<DocumentAnalyzer> analyzers) {
        this.documents = documents;
        this.settings = settings;
        this.parser = parser;
        this.analyzers = List.copyOf(analyzers);
    }

    /**
     * First start of a library: if it is empty, import the bundled corpus so the app is useful at once. Runs once per
     * library; returns what was imported (nothing on later starts or when the user already imported documents).
     */
    public List<ImportOutcome> importBundledOnFirstStart() {
        if (settings.get(FIRST_START_DONE).isPresent()) {
            return List.of();
        }
        List<ImportOutcome> imported = documents.count() == 0 ? importBundled() : List.of();
        settings.put(FIRST_START_DONE, "true");
        return imported;
    }

    /** Imports every bundled document, with the metadata its manifest states. */
    public List<ImportOutcome> importBundled() {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (BundledCorpus.Entry entry : BundledCorpus.load()) {
            DocumentMetadata stated = entry.metadata();
            ParsedDocument parsed = parser.parse(entry.bytes(), stated.source(), stated.slug());
            ParsedDocument withManifest = new ParsedDocument(stated, parsed.text(), parsed.sections(),
                    parsed.passages());
            outcomes.add(store(withManifest, stated.source(), false));
        }
        return outcomes;
    }

    /**
     * Imports one file.
     *
     * @throws UserException when the file cannot be read or parsed, or a stated slug is invalid or taken
     */
    public ImportOutcome importFile(Path file, MetadataOverrides overrides) {
        byte[] bytes = readFile(file);
        String name = file.getFileName().toString();
        return importBytes(bytes, name, overrides);
    }

    /** Imports the content of a file named {@code fileName}. */
    public ImportOutcome importBytes(byte[] bytes, String fileName, MetadataOverrides overrides) {
        if (overrides.slug() != null && !Slugs.isValid(overrides.slug())) {
            throw new UserException("invalid slug '" + overrides.slug()
                    + "': use lower-case letters, digits and '-' (at most 64)");
        }
        String provisionalSlug = overrides.slug() != null ? overrides.slug() : Slugs.fromFileName(fileName, "doc");
        ParsedDocument parsed;
        try {
            parsed = parser.parse(bytes, fileName, provisionalSlug);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(fileName + ": " + e.getMessage(), e);
        }
        DocumentMetadata meta = overrides.applyTo(parsed.metadata());
        ParsedDocument document = new ParsedDocument(meta, parsed.text(), parsed.sections(), parsed.passages());
        return store(document, fileName, overrides.slug() != null);
    }

    /**
     * Replaces the document {@code slug} with a new version of its text read from {@code file}. The document keeps
     * its identity and metadata, so annotations are re-anchored and the user's decisions on extracted records are
     * kept by the analyzers; its structure is rebuilt.
     *
     * @throws UserException when there is no such document, the file cannot be read, or the same text is another
     *                       document of the library
     */
    public ImportOutcome importNewVersion(Path file, String slug) {
        DocumentSummary existing = documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' to replace"));
        byte[] bytes = readFile(file);
        String name = file.getFileName().toString();
        ParsedDocument parsed;
        try {
            parsed = parser.parse(bytes, name, slug);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(name + ": " + e.getMessage(), e);
        }
        String sha = sha256(parsed.text());
        Optional<DocumentSummary> same = documents.findBySha256(sha);
        if (same.isPresent()) {
            if (same.get().id() != existing.id()) {
                throw new UserException(name + " has the same text as the document '" + same.get().slug()
                        + "'; it cannot also replace '" + slug + "'");
            }
            return new ImportOutcome(ImportOutcome.Status.DUPLICATE, existing, name);
        }
        DocumentMetadata kept = existing.metadata();
        DocumentMetadata meta = new DocumentMetadata(kept.slug(), kept.title(), kept.issuer(), kept.level(),
                kept.region(), kept.date(), kept.docNumber(), parsed.metadata().script(), name);
        documents.replaceContent(existing.id(), new ParsedDocument(meta, parsed.text(), parsed.sections(),
                parsed.passages()), sha);
        for (DocumentAnalyzer analyzer : analyzers) {
            analyzer.analyze(existing.id());
        }
        return new ImportOutcome(ImportOutcome.Status.REPLACED, documents.findBySlug(slug).orElseThrow(), name);
    }

    private ImportOutcome store(ParsedDocument document, String source, boolean slugStated) {
        ImportOutcome outcome = storeOnce(document, source, slugStated);
        if (settings.get(FIRST_START_DONE).isEmpty()) {
            // The user has chosen what goes into this library; first start must not add the corpus to it later.
            settings.put(FIRST_START_DONE, "true");
        }
        return outcome;
    }

    private ImportOutcome storeOnce(ParsedDocument document, String source, boolean slugStated) {
        String sha = sha256(document.text());
        Optional<DocumentSummary> existing = documents.findBySha256(sha);
        if (existing.isPresent()) {
            return new ImportOutcome(ImportOutcome.Status.DUPLICATE, existing.get(), source);
        }
        String slug = document.metadata().slug();
        boolean taken = documents.findBySlug(slug).isPresent();
        if (taken && slugStated) {
            throw new UserException("the slug '" + slug + "' is already used by another document; choose another");
        }
        if (taken) {
            slug = Slugs.unique(slug, s -> documents.findBySlug(s).isPresent());
        }
        ParsedDocument toStore = new ParsedDocument(document.metadata().withSlug(slug), document.text(),
                document.sections(), document.passages());
        long id = documents.insert(toStore, sha);
        for (DocumentAnalyzer analyzer : analyzers) {
            analyzer.analyze(id);
        }
        return new ImportOutcome(ImportOutcome.Status.IMPORTED, documents.findBySlug(slug).orElseThrow(), source);
    }

    private static byte[] readFile(Path file) {
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

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
