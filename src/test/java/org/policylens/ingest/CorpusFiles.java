package org.policylens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policylens.model.ParsedDocument;

/** The five bundled documents, read from data/corpus relative to the project root. */
final class CorpusFiles {

    static final List<String> SLUGS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");

    private CorpusFiles() {
    }

    static Path path(String slug) {
        return Path.of("data/corpus", slug + ".txt");
    }

    static byte[] bytes(String slug) {
        try {
            return Files.readAllBytes(path(slug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String slug) {
        try {
            return Files.readString(path(slug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument read(String slug) throws IngestException {
        return new TextDocumentReader().read(bytes(slug), slug + ".txt", slug);
    }
}
