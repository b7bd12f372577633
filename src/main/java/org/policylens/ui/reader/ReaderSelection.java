package org.policylens.ui.reader;

/**
 * Text the user selected in the reader, inside one passage.
 *
 * @param slug  the open document
 * @param start code point offset in the document text, inclusive
 * @param end   code point offset in the document text, exclusive
 * @param text  the selected text as written
 */
public record ReaderSelection(String slug, int start, int end, String text) {
}
