package org.policylens.ui.importing;

import java.util.Optional;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;

/**
 * What the metadata form holds while the user edits it. Checks it the way {@code LibraryService.editMetadata} will,
 * so the form can say what is wrong before the user presses OK.
 */
public record MetadataDraft(String title, String issuer, Level level, String region, String date, String docNumber) {

    private static final String DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    public static MetadataDraft of(DocumentMetadata m) {
        return new MetadataDraft(m.title(), m.issuer(), m.level(), m.region(), m.date() == null ? "" : m.date(),
                m.docNumber() == null ? "" : m.docNumber());
    }

    /** The message key of the first problem, or empty when the draft can be saved. */
    public Optional<String> problem() {
        if (blank(title)) {
            return Optional.of("metadata.problem.title");
        }
        if (!blank(date) && !date.strip().matches(DATE_PATTERN)) {
            return Optional.of("metadata.problem.date");
        }
        return Optional.empty();
    }

    /** The edited metadata of {@code base}: its slug, script and source stay; blank date and number mean none. */
    public DocumentMetadata applyTo(DocumentMetadata base) {
        return new DocumentMetadata(base.slug(), title.strip(), strip(issuer), level, strip(region),
                blank(date) ? null : date.strip(), blank(docNumber) ? null : docNumber.strip(), base.script(),
                base.source());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
