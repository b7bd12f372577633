package org.policylens.ingest;

import java.util.Set;
import org.policylens.model.ParsedDocument;

/** Reads plain text files in any of the encodings {@link EncodingDetector} recognises. */
public final class TextDocumentReader implements DocumentReader {

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public ParsedDocument read(byte[] bytes, String fileName, String slug) throws IngestException {
        DocumentReader.checkSize(bytes.length);
        DecodedText decoded = EncodingDetector.decode(bytes);
        return ParsedDocumentBuilder.build(decoded.text(), fileName, slug);
    }
}
