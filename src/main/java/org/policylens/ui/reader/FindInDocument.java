package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.policylens.model.Passage;

/**
 * Find in the open document (Ctrl+F): every match of the query in reading order, which one is current, and moving to
 * the next or previous one with wrap-around. It also decorates the reader: matches are {@code find-hit}, the current
 * one {@code find-current}.
 */
public final class FindInDocument implements PassageDecorator {

    static final String MATCH = "find-hit";
    static final String CURRENT = "find-current";

    /** One match: the block it is in and its code point range relative to the passage start. */
    public record Match(int blockIndex, int passageStart, int start, int end) {
    }

    private List<Match> matches = List.of();
    private Map<Integer, List<Match>> byPassageStart = Map.of();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);

    /** Finds {@code query} in the blocks; the first match becomes current (none when there is no match). */
    void search(List<ReaderBlock> blocks, String query) {
        List<String> terms = TermMatcher.terms(query);
        List<Match> found = new ArrayList<>();
        Map<Integer, List<Match>> index = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Passage passage = blocks.get(i).passage();
            for (TermMatcher.Range range : TermMatcher.find(passage.text(), terms)) {
                Match match = new Match(i, passage.start(), range.start(), range.end());
                found.add(match);
                index.computeIfAbsent(passage.start(), k -> new ArrayList<>()).add(match);
            }
        }
        matches = List.copyOf(found);
        byPassageStart = index;
        count.set(found.size());
        current.set(found.isEmpty() ? -1 : 0);
    }

    void clear() {
        search(List.of(), "");
    }

    /** Moves to the next match, after the last back to the first; the new current match, or null when none. */
    Match next() {
        return move(1);
    }

    /** Moves to the previous match, before the first round to the last. */
    Match previous() {
        return move(-1);
    }

    private Match move(int step) {
        if (matches.isEmpty()) {
            return null;
        }
        int n = matches.size();
        current.set(((current.get() + step) % n + n) % n);
        return matches.get(current.get());
    }

    Match currentMatch() {
        return current.get() < 0 ? null : matches.get(current.get());
    }

    List<Match> matches() {
        return matches;
    }

    /** Index of the current match, from 0; -1 when there is none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    @Override
    public Decoration decorate(Passage passage) {
        List<Match> inPassage = byPassageStart.getOrDefault(passage.start(), List.of());
        if (inPassage.isEmpty()) {
            return Decoration.NONE;
        }
        Match currentMatch = currentMatch();
        List<Span> spans = new ArrayList<>();
        for (Match match : inPassage) {
            spans.add(new Span(match.start(), match.end(), match.equals(currentMatch) ? CURRENT : MATCH, null));
        }
        return Decoration.of(spans);
    }
}
