package org.policylens.model;

/** A stored document as listed in the library: metadata and counts, without its text. */
public record DocumentSummary(long id, DocumentMetadata metadata, String sha256, int characters, int sections,
                              int passages, String importedAt) {

    public String slug() {
        return metadata.slug();
    }
}
