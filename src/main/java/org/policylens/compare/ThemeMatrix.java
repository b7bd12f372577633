package org.policylens.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The document × theme matrix: how many passages of each document carry each theme, what share of the document's
 * passage text that is, and which passages they are (so a researcher can open the passages behind a cell).
 *
 * <p>Shares are of characters, not passages, because documents of this genre mix one-line items with long
 * paragraphs; a theme covered by three long paragraphs weighs more than one covered by three bullet lines. A
 * passage with several themes counts fully for each, so a document's shares can add up to more than 1.
 */
public final class ThemeMatrix {

    /**
     * One coded passage of a document.
     *
     * @param ref    the passage's id or ordinal, as the caller wants it back in {@link Cell#passages()}
     * @param length its length in characters (code points)
     * @param themes its theme codes
     */
    public record PassageCoding(String ref, int length, Set<String> themes) {

        public PassageCoding {
            Objects.requireNonNull(ref, "ref");
            if (length < 0) {
                throw new IllegalArgumentException("negative passage length: " + length);
            }
            themes = themes == null ? Set.of() : Set.copyOf(themes);
        }
    }

    /**
     * One cell.
     *
     * @param passageCount number of passages coded with the theme
     * @param characters   summed length of those passages
     * @param share        {@code characters} / all passage characters of the document (0 for an empty document)
     * @param passages     the refs of those passages, in document order
     */
    public record Cell(int passageCount, int characters, double share, List<String> passages) {

        public static final Cell EMPTY = new Cell(0, 0, 0, List.of());

        public Cell {
            passages = List.copyOf(passages);
        }
    }

    private final Map<String, Map<String, Cell>> cells;
    private final Map<String, Integer> totals;
    private final List<String> themes;

    private ThemeMatrix(Map<String, Map<String, Cell>> cells, Map<String, Integer> totals, List<String> themes) {
        this.cells = cells;
        this.totals = totals;
        this.themes = themes;
    }

    /**
     * Builds the matrix.
     *
     * @param passagesByDocument per document key (slug), its coded passages in document order
     */
    public static ThemeMatrix of(Map<String, ? extends Collection<PassageCoding>> passagesByDocument) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        Set<String> allThemes = new HashSet<>();
        for (var entry : passagesByDocument.entrySet()) {
            int total = 0;
            // One pass per document, no per-passage sorting: a row is looked up by theme, never iterated in order.
            Map<String, Tally> tallies = new HashMap<>();
            for (PassageCoding passage : entry.getValue()) {
                total += passage.length();
                for (String theme : passage.themes()) {
                    tallies.computeIfAbsent(theme, k -> new Tally()).add(passage);
                }
            }
            Map<String, Cell> row = new HashMap<>(tallies.size() * 2);
            for (var tally : tallies.entrySet()) {
                int c = tally.getValue().characters;
                row.put(tally.getKey(), new Cell(tally.getValue().refs.size(), c,
                        total == 0 ? 0 : (double) c / total, tally.getValue().refs));
            }
            allThemes.addAll(row.keySet());
            cells.put(entry.getKey(), row);
            totals.put(entry.getKey(), total);
        }
        return new ThemeMatrix(cells, totals, allThemes.stream().sorted().toList());
    }

    /** The passages of one document and theme, gathered in document order. */
    private static final class Tally {
        private final List<String> refs = new ArrayList<>();
        private int characters;

        void add(PassageCoding passage) {
            refs.add(passage.ref());
            characters += passage.length();
        }
    }

    public List<String> documents() {
        return List.copyOf(cells.keySet());
    }

    /** Every theme that occurs in some document, sorted by code. */
    public List<String> themes() {
        return themes;
    }

    /** The cell of a document and theme; {@link Cell#EMPTY} when the theme does not occur there. */
    public Cell cell(String document, String theme) {
        Map<String, Cell> row = cells.get(document);
        if (row == null) {
            throw new IllegalArgumentException("no such document in the matrix: " + document);
        }
        return row.getOrDefault(theme, Cell.EMPTY);
    }

    /** Total passage characters of a document: the denominator of its shares. */
    public int totalCharacters(String document) {
        return Optional.ofNullable(totals.get(document))
                .orElseThrow(() -> new IllegalArgumentException("no such document in the matrix: " + document));
    }

    /** The document's themes, largest share first (ties by code), e.g. for "what does this region stress". */
    public List<String> themesByShare(String document) {
        Map<String, Cell> row = cells.get(document);
        if (row == null) {
            throw new IllegalArgumentException("no such document in the matrix: " + document);
        }
        return row.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Cell>>comparingDouble(e -> -e.getValue().share())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }
}
