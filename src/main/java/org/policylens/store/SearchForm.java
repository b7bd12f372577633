package org.policylens.store;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.text.SearchKey;

/**
 * What search needs of a document's passages, computed before it is stored: each passage's folded text (the form
 * search compares, see {@link SearchKey}) and its grams for the index. Pure, so an import computes it on its analysis
 * threads rather than on the one thread that writes the library.
 */
public final class SearchForm {

    private final List<String> folded;
    private final List<PassageGrams> grams;

    private SearchForm(List<String> folded, List<PassageGrams> grams) {
        this.folded = folded;
        this.grams = grams;
    }

    public static SearchForm of(ParsedDocument document) {
        List<String> folded = new ArrayList<>(document.passages().size());
        List<PassageGrams> grams = new ArrayList<>(document.passages().size());
        for (Passage p : document.passages()) {
            String key = SearchKey.of(p.text());
            folded.add(key);
            grams.add(PassageGrams.of(key));
        }
        return new SearchForm(List.copyOf(folded), List.copyOf(grams));
    }

    /** The folded text of the document's i-th passage (in the order of {@link ParsedDocument#passages()}). */
    String folded(int passage) {
        return folded.get(passage);
    }

    PassageGrams grams(int passage) {
        return grams.get(passage);
    }

    int passages() {
        return folded.size();
    }
}
