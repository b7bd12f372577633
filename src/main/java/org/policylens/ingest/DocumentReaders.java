package org.policylens.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

/**
 * The readers the application knows, chosen by file extension. New formats plug in by adding a
 * {@link DocumentReader} to the list given to the constructor (the composition root decides which exist).
 */
public final class DocumentReaders {

    private final Map<String, DocumentReader> byExtension = new LinkedHashMap<>();

    public DocumentReaders(List<DocumentReader> readers) {
        for (DocumentReader reader : readers) {
            for (String extension : reader.extensions()) {
                DocumentReader previous = byExtension.putIfAbsent(extension.toLowerCase(Locale.ROOT), reader);
                if (previous != null) {
                    throw new IllegalArgumentException("two readers for ." + extension);
                }
            }
        }
    }

    /** The readers the app ships: plain text, Word (.docx) and saved web pages (.html, .htm). */
    public static DocumentReaders standard() {
        return new DocumentReaders(List.of(new TextDocumentReader(), new DocxDocumentReader(),
                new HtmlDocumentReader()));
    }

    /** Extensions that can be imported, lower case, without the dot. */
    public Set<String> extensions() {
        return Set.copyOf(byExtension.keySet());
    }

    /** The reader for {@code fileName}'s extension, if any. */
    public Optional<DocumentReader> readerFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byExtension.get(extension));
    }

    /** Reads the bytes of a file named {@code fileName} with the reader for its extension. */
    public ParsedDocument read(byte[] bytes, String fileName, String slug) throws IngestException {
        return require(fileName).read(bytes, fileName, slug);
    }

    /** Reads a file with the reader for its extension; slug null derives one from the file name. */
    public ParsedDocument read(Path path, String slug) throws IngestException {
        return require(path.getFileName().toString()).read(path, slug);
    }

    private DocumentReader require(String fileName) throws IngestException {
        return readerFor(fileName).orElseThrow(() -> new IngestException(Reason.UNSUPPORTED_FORMAT,
                "Cannot import " + fileName + ": supported file types are ."
                        + String.join(", .", byExtension.keySet().stream().sorted().toList()) + "."));
    }
}
