package org.policylens.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.policylens.export.AnnotationJsonLd;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.model.DocumentSummary;
import org.policylens.model.TextQuote;
import org.policylens.store.AnnotationRepository;
import org.policylens.store.DocumentRepository;
import org.policylens.text.ScriptFolder;
import org.policylens.text.TextAnchor;

/**
 * Annotations: create, edit, delete with undo, tags, re-anchoring after a document changes, and moving them between
 * libraries as W3C Web Annotation JSON-LD. Every change is a committed transaction when a method returns, so the UI
 * may say "saved" then.
 */
public final class AnnotationService {

    /** What an import of a JSON-LD file did. */
    public record ImportReport(int added, int alreadyPresent, int orphaned, List<String> missingDocuments) {
    }

    private final AnnotationRepository annotations;
    private final DocumentRepository documents;
    private final Clock clock;

    public AnnotationService(AnnotationRepository annotations, DocumentRepository documents, Clock clock) {
        this.annotations = annotations;
        this.documents = documents;
        this.clock = clock;
    }

    /** Annotates {@code [start, end)} (code point offsets) of a document. */
    public Annotation create(String slug, int start, int end, String note, AnnotationColor color, List<String> tags) {
        DocumentSummary doc = document(slug);
        String text = documents.text(doc.id());
        TextQuote quote;
        try {
            quote = TextAnchor.capture(text, start, end);
        } catch (IllegalArgumentException e) {
            throw new UserException("cannot annotate " + slug + ": " + e.getMessage(), e);
        }
        String now = now();
        return annotations.insert(new Annotation(0, UUID.randomUUID().toString(), slug, quote.start(), quote.end(),
                quote.exact(), quote.prefix(), quote.suffix(), note, color, tags, false, now, now));
    }

    /**
     * Annotates the {@code occurrence}-th (from 1) place where {@code quote} occurs in a document; Simplified and
     * Traditional spellings match each other.
     */
    public Annotation annotateQuote(String slug, String quote, int occurrence, String note, AnnotationColor color,
                                    List<String> tags) {
        if (quote == null || quote.isBlank()) {
            throw new UserException("the quote to annotate is empty");
        }
        if (occurrence < 1) {
            throw new UserException("the occurrence counts from 1");
        }
        String text = documents.text(document(slug).id());
        String folded = ScriptFolder.fold(text);
        String needle = ScriptFolder.fold(quote);
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = folded.indexOf(needle, at + 1);
            if (at < 0) {
                throw new UserException(seen == 0 ? "'" + quote + "' does not occur in " + slug
                        : "'" + quote + "' occurs only " + seen + " time(s) in " + slug);
            }
        }
        int start = text.codePointCount(0, at);
        return create(slug, start, start + quote.codePointCount(0, quote.length()), note, color, tags);
    }

    public Annotation update(long id, String note, AnnotationColor color, List<String> tags) {
        Annotation existing = annotations.find(id)
                .orElseThrow(() -> new UserException("annotation " + id + " no longer exists"));
        Annotation changed = existing.withContent(note, color, tags, now());
        annotations.update(changed);
        return changed;
    }

    /** Deletes an annotation and returns it, so the caller can offer undo through {@link #undoDelete}. */
    public Optional<Annotation> delete(long id) {
        return annotations.delete(id);
    }

    public Annotation undoDelete(Annotation deleted) {
        return annotations.restore(deleted);
    }

    public List<Annotation> list(String slug) {
        if (slug != null) {
            document(slug);
        }
        return annotations.list(slug);
    }

    public Map<String, Integer> tags() {
        return annotations.tagCounts();
    }

    /** Renames a tag everywhere; renaming onto an existing tag merges them. Returns how many annotations changed. */
    public int renameTag(String from, String to) {
        if (to == null || to.isBlank()) {
            throw new UserException("a tag needs a name");
        }
        return annotations.renameTag(from, to.strip());
    }

    /**
     * Finds every annotation of a document again after its text changed: near the old place first, then anywhere.
     * One that cannot be found is kept and flagged orphaned, never dropped.
     *
     * @return how many are orphaned now
     */
    public int reanchor(String slug) {
        long id = document(slug).id();
        return reanchor(id, documents.text(id));
    }

    private int reanchor(long documentId, String text) {
        int orphaned = 0;
        for (Annotation a : annotations.listOf(documentId)) {
            Optional<TextQuote> found = TextAnchor.find(text,
                    new TextQuote(a.start(), a.end(), a.quote(), a.prefix(), a.suffix()));
            Annotation moved = found.map(q -> a.withAnchor(q, false, now())).orElseGet(() -> a.asOrphan(now()));
            if (moved.orphaned()) {
                orphaned++;
            }
            if (!moved.equals(a)) {
                annotations.update(moved);
            }
        }
        return orphaned;
    }

    /**
     * Re-anchoring as a {@link DocumentAnalyzer}, registered to run after every import and new version: nothing to
     * compute beforehand; once the document is stored, its annotations are found again in the text it now has.
     */
    public DocumentAnalyzer reanchoring() {
        return () -> document -> stored -> reanchor(stored.id(), stored.content().text());
    }

    /** Writes the annotations of one document (or all, for null) as JSON-LD; the file appears whole or not at all. */
    public int exportJsonLd(String slug, Path file) {
        List<Annotation> selected = list(slug);
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            temp = Files.createTempFile(folder, ".policylens-", ".jsonld.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                AnnotationJsonLd.write(selected, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return selected.size();
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Adds the annotations of a JSON-LD file, anchoring each in this library's copy of its document. Annotations
     * already present (same id) are skipped, so importing twice changes nothing.
     */
    public ImportReport importJsonLd(Path file) {
        List<Annotation> incoming;
        try (InputStream in = Files.newInputStream(file)) {
            incoming = AnnotationJsonLd.read(in);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(file.getFileName() + ": " + e.getMessage(), e);
        }
        int added = 0;
        int present = 0;
        int orphaned = 0;
        java.util.TreeSet<String> missing = new java.util.TreeSet<>();
        for (Annotation a : incoming) {
            if (annotations.findByUuid(a.uuid()).isPresent()) {
                present++;
                continue;
            }
            Optional<DocumentSummary> doc = documents.findBySlug(a.documentSlug());
            if (doc.isEmpty()) {
                missing.add(a.documentSlug());
                continue;
            }
            String text = documents.text(doc.get().id());
            Optional<TextQuote> found = TextAnchor.find(text,
                    new TextQuote(a.start(), a.end(), a.quote(), a.prefix(), a.suffix()));
            Annotation anchored = found.map(q -> a.withAnchor(q, false, a.modifiedAt()))
                    .orElseGet(() -> a.asOrphan(a.modifiedAt()));
            if (anchored.orphaned()) {
                orphaned++;
            }
            annotations.insert(anchored);
            added++;
        }
        return new ImportReport(added, present, orphaned, List.copyOf(missing));
    }

    private DocumentSummary document(String slug) {
        return documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' in the library"));
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover temp file is harmless; the target is already complete or untouched.
            }
        }
    }
}
