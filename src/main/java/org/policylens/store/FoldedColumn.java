package org.policylens.store;

/**
 * How {@code passage.folded} (the search form of a passage's text, see {@link org.policylens.text.SearchKey}) is
 * stored. Since schema 10 it is stored only where it differs from {@code text}; where the two are equal (most
 * passages of a Simplified document) the column holds {@code ''}, which saves a copy of the text. Libraries written
 * before hold the folded text in full, and the readers here accept both.
 *
 * <p>Why {@code ''} cannot be mistaken for a real folded text: folding keeps the length char for char
 * ({@link org.policylens.text.ScriptFolder#fold}, {@link org.policylens.text.SearchKey#of}), so the folded text is
 * {@code ''} exactly when the text is, and then "same as the text" is right as well. (Passages are the non-empty
 * lines of a document anyway.) No migration of the column is needed: NOT NULL allows {@code ''}.
 *
 * <p>Every reader of the column goes through {@link #of(String, String)} or {@link #sql(String)}.
 */
final class FoldedColumn {

    private FoldedColumn() {
    }

    /** What to store for a passage whose text is {@code text} and whose folded text is {@code folded}. */
    static String stored(String text, String folded) {
        return folded.equals(text) ? "" : folded;
    }

    /** The folded text of a passage, from its text and the stored column (either form). */
    static String of(String text, String stored) {
        return stored.isEmpty() ? text : stored;
    }

    /**
     * An SQL expression for the folded text of the passage row {@code alias} (a table alias, or {@code passage}),
     * for readers that select or filter on it in SQL.
     */
    static String sql(String alias) {
        return "CASE " + alias + ".folded WHEN '' THEN " + alias + ".text ELSE " + alias + ".folded END";
    }
}
