package org.policylens.service;

import org.policylens.model.ParsedDocument;

/** Adapts the ingest readers to {@link DocumentParser}, turning their refusals into user messages. */
final class IngestParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] bytes, String fileName, String slug) {
        throw new UserException("reading documents is not wired yet");
    }
}
