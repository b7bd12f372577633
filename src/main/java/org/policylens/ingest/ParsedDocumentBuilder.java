package org.policylens.ingest;

import java.util.Arrays;
import java.util.List;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.ParsedDocument;

/**
 * The format-independent half of reading a document: from decoded text to a {@link ParsedDocument}. Every reader
 * (.txt now; .docx and .html later) extracts plain text with one paragraph per line and hands it here, so residue
 * stripping, structure and metadata behave the same whatever the file format.
 */
public final class ParsedDocumentBuilder {

    private ParsedDocumentBuilder() {
    }

    /**
     * Builds the document from {@code text}.
     *
     * @param text     decoded text, one paragraph per line; any line ending convention
     * @param fileName the file name the text came from (for the source field and a fallback title and slug)
     * @param slug     the slug to store the document under, or null to derive one from the file name
     * @throws IngestException with {@link Reason#EMPTY} when the text holds no body text
     */
    public static ParsedDocument build(String text, String fileName, String slug) throws IngestException {
        String normalised = normaliseLineEndings(stripByteOrderMark(text));
        List<String> lines = Arrays.asList(normalised.split("\n", -1));
        LineRange range = ResidueStripper.findBody(lines);
        String body = String.join("\n", lines.subList(range.start(), range.end()));
        if (body.isBlank()) {
            throw new IngestException(Reason.EMPTY, "The file contains no text.");
        }
        DocumentStructure structure = StructureParser.parse(body);
        DocumentMetadata metadata = MetadataGuesser.guess(normalised, body, fileName, slug);
        return new ParsedDocument(metadata, body, structure.sections(), structure.passages());
    }

    /** \r\n and lone \r become \n; nothing else in the text changes. */
    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
