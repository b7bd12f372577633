package org.policylens.store;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.text.SearchKey;

/**
 * What search needs of a document's passages, computed before it is stored: each passage's folded text (the form
 * search compares, see {@link SearchKey}) as it is stored ({@link FoldedColumn}) and its grams for the index. Pure, so
 * an import computes it on its analysis threads rather than on the one thread that writes the library.
 */
public final class SearchForm {

    private final List<String> storedFolded;
    private final List<PassageGrams> grams;

    private SearchForm(List<String> storedFolded, List<PassageGrams> grams) {
        this.storedFolded = storedFolded;
        this.grams = grams;
    }

    public static SearchForm of(ParsedDocument document) {
        List<String> storedFolded = new ArrayList<>(document.passages().size());
        List<PassageGrams> grams = new ArrayList<>(document.passages().size());
        for (Passage p : document.passages()) {
            String key = SearchKey.of(p.text());
            storedFolded.add(FoldedColumn.stored(p.text(), key));
            grams.add(PassageGrams.of(key));
        }
        return new SearchForm(List.copyOf(storedFolded), List.copyOf(grams));
    }

    /**
     * The {@code folded} column of the document's i-th passage (in the order of {@link ParsedDocument#passages()}):
     * its folded text, or '' when that equals its text.
     */
    String storedFolded(int passage) {
        return storedFolded.get(passage);
    }

    PassageGrams grams(int passage) {
        return grams.get(passage);
    }

    int passages() {
        return storedFolded.size();
    }
}
