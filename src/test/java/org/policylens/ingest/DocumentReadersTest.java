package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

class DocumentReadersTest {

    private final DocumentReaders readers = DocumentReaders.standard();

    @Test
    void readsTextFilesByPathWithASlugFromTheFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Zhejiang.TXT");
        Files.copy(CorpusFiles.path("zhejiang"), file);
        ParsedDocument doc = readers.read(file, null);
        assertEquals("zhejiang", doc.metadata().slug());
        assertEquals("Zhejiang.TXT", doc.metadata().source());
        assertEquals(CorpusFiles.read("zhejiang").text(), doc.text());
    }

    @Test
    void otherFormatsAreUnsupportedForNow() {
        for (String name : new String[] {"policy.pdf", "policy.doc", "README"}) {
            IngestException e = assertThrows(IngestException.class, () -> readers.read(new byte[] {'a'}, name, "x"));
            assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason(), name);
        }
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        IngestException e = assertThrows(IngestException.class, () -> readers.read(dir.resolve("gone.txt"), null));
        assertEquals(Reason.IO, e.reason());
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DocumentReader.MAX_INPUT_BYTES + 1); // sparse: no 20 MB written
        }
        IngestException e = assertThrows(IngestException.class, () -> readers.read(big, null));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }
}
