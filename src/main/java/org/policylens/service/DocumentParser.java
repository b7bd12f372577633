package org.policylens.service;

import org.policylens.model.ParsedDocument;

/** Turns the bytes of a file into a structured document (the ingest layer, seen from the services). */
@FunctionalInterface
public interface DocumentParser {

    /**
     * @param bytes    the file's content
     * @param fileName its name, which decides the format
     * @param slug     the slug to give the document
     */
    ParsedDocument parse(byte[] bytes, String fileName, String slug);
}
