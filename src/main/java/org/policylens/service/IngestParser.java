package org.policylens.service;

import org.policylens.ingest.DocumentReaders;
import org.policylens.ingest.IngestException;
import org.policylens.model.ParsedDocument;

/** Adapts the ingest readers to {@link DocumentParser}, turning their refusals into user messages. */
final class IngestParser implements DocumentParser {

    private final DocumentReaders readers = DocumentReaders.standard();

    @Override
    public ParsedDocument parse(byte[] bytes, String fileName, String slug) {
        try {
            return readers.read(bytes, fileName, slug);
        } catch (IngestException e) {
            throw new UserException(fileName + ": " + e.getMessage(), e);
        }
    }
}
