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
     * @param ref    the passage's id or ordinal, as the caller wants it back from {@link ThemeMatrix#passages}
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
     */
    public record Cell(int passageCount, int characters, double share) {

        public static final Cell EMPTY = new Cell(0, 0, 0);
    }

    /** How many passages of a document carry a theme, and their summed length. */
    public record Tally(int passages, int characters) {
    }

    /**
     * What a document contributes, counted already (e.g. by the store).
     *
     * @param characters all passage characters of the document
     * @param themes     per theme code its tally; themes without passages may be left out
     */
    public record DocumentTallies(int characters, Map<String, Tally> themes) {
    }

    /**
     * Per document, per theme code, the refs of the passages with the theme in document order. Only asked for when a
     * caller wants them ({@link #passages}): building the matrix does not need them.
     */
    @FunctionalInterface
    public interface PassageRefs {
        Map<String, Map<String, List<String>>> load();
    }

    private final Map<String, Map<String, Cell>> cells;
    private final Map<String, Integer> totals;
    private final List<String> themes;
    private final PassageRefs passageRefs;
    private volatile Map<String, Map<String, List<String>>> loadedRefs;

    private ThemeMatrix(Map<String, DocumentTallies> tallies, PassageRefs passageRefs) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        Set<String> allThemes = new HashSet<>();
        for (var document : tallies.entrySet()) {
            int total = document.getValue().characters();
            // A row is looked up by theme, never iterated in order.
            Map<String, Cell> row = new HashMap<>(document.getValue().themes().size() * 2);
            document.getValue().themes().forEach((theme, tally) -> {
                if (tally.passages() > 0) {
                    row.put(theme, new Cell(tally.passages(), tally.characters(),
                            total == 0 ? 0 : (double) tally.characters() / total));
                }
            });
            allThemes.addAll(row.keySet());
            cells.put(document.getKey(), row);
            totals.put(document.getKey(), total);
        }
        this.cells = cells;
        this.totals = totals;
        this.themes = allThemes.stream().sorted().toList();
        this.passageRefs = passageRefs;
    }

    /**
     * Builds the matrix from passages.
     *
     * @param passagesByDocument per document key (slug), its coded passages in document order
     */
    public static ThemeMatrix of(Map<String, ? extends Collection<PassageCoding>> passagesByDocument) {
        Map<String, DocumentTallies> tallies = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> refs = new HashMap<>();
        for (var entry : passagesByDocument.entrySet()) {
            int total = 0;
            Map<String, int[]> counts = new HashMap<>();
            Map<String, List<String>> refsByTheme = new HashMap<>();
            for (PassageCoding passage : entry.getValue()) {
                total += passage.length();
                for (String theme : passage.themes()) {
                    int[] count = counts.computeIfAbsent(theme, k -> new int[2]);
                    count[0]++;
                    count[1] += passage.length();
                    refsByTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(passage.ref());
                }
            }
            Map<String, Tally> themeTallies = new HashMap<>();
            counts.forEach((theme, count) -> themeTallies.put(theme, new Tally(count[0], count[1])));
            tallies.put(entry.getKey(), new DocumentTallies(total, themeTallies));
            refsByTheme.replaceAll((theme, list) -> List.copyOf(list));
            refs.put(entry.getKey(), refsByTheme);
        }
        return new ThemeMatrix(tallies, () -> refs);
    }

    /**
     * Builds the matrix from counts made elsewhere.
     *
     * @param tallies     per document key (slug), in column order, what it contributes
     * @param passageRefs where the passages behind the cells are found when {@link #passages} is first asked
     */
    public static ThemeMatrix ofTallies(Map<String, DocumentTallies> tallies, PassageRefs passageRefs) {
        return new ThemeMatrix(tallies, Objects.requireNonNull(passageRefs, "passageRefs"));
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

    /**
     * The refs of the passages behind a cell, in document order (empty when the theme does not occur there). The
     * first call may read them all (see {@link #ofTallies}).
     */
    public List<String> passages(String document, String theme) {
        cell(document, theme);
        Map<String, Map<String, List<String>>> refs = loadedRefs;
        if (refs == null) {
            refs = passageRefs.load();
            loadedRefs = refs;
        }
        return refs.getOrDefault(document, Map.of()).getOrDefault(theme, List.of());
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
