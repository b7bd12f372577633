package org.policylens.model;

/**
 * A paragraph of a document's body: the unit that is searched, coded with themes and annotated.
 *
 * @param ordinal      position among the document's passages, from 0
 * @param section      ordinal of the innermost section containing it, or -1 for text before the first heading
 * @param sectionPath  path of that section (empty before the first heading)
 * @param start        code point offset of the first character in the document text
 * @param end          code point offset after the last character
 * @param text         the passage text as written
 */
public record Passage(int ordinal, int section, String sectionPath, int start, int end, String text) {
}
