package org.policylens.service;

import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;

/**
 * Metadata a user states when importing; each non-null field replaces the guessed value.
 */
public record MetadataOverrides(String slug, String title, String region, Level level) {

    public static final MetadataOverrides NONE = new MetadataOverrides(null, null, null, null);

    DocumentMetadata applyTo(DocumentMetadata guessed) {
        return new DocumentMetadata(slug != null ? slug : guessed.slug(), blankOr(title, guessed.title()),
                guessed.issuer(), level != null ? level : guessed.level(), blankOr(region, guessed.region()),
                guessed.date(), guessed.docNumber(), guessed.script(), guessed.source());
    }

    private static String blankOr(String stated, String guessed) {
        return stated == null || stated.isBlank() ? guessed : stated.strip();
    }
}
