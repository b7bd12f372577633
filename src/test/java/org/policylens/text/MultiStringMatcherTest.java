package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MultiStringMatcherTest {

    private record Found(int pattern, int start, int end) {
    }

    @Test
    void findsOverlappingAndNestedOccurrencesLongestFirstAtEachEnd() {
        MultiStringMatcher matcher = new MultiStringMatcher(List.of("质量", "质量强市", "强市", "市场", "量"));
        assertEquals(List.of(new Found(4, 1, 2), new Found(0, 0, 2), new Found(3, 3, 5), new Found(2, 2, 4),
                        new Found(1, 0, 4)).stream().sorted(MultiStringMatcherTest::byEndThenLength).toList(),
                found(matcher, "质量强市场"));
    }

    @Test
    void reportsEveryIndexOfARepeatedString() {
        MultiStringMatcher matcher = new MultiStringMatcher(List.of("标准", "标准"));
        assertEquals(List.of(new Found(0, 1, 3), new Found(1, 1, 3)), found(matcher, "新标准"));
    }

    @Test
    void occursInTellsWhetherAnyStringOccurs() {
        MultiStringMatcher matcher = new MultiStringMatcher(List.of("绿色工地", "计量标准"));
        assertTrue(matcher.occursIn("推进社会公用计量标准建设"));
        assertFalse(matcher.occursIn("推进绿色工厂建设"));
    }

    @Test
    void refusesTheEmptyString() {
        assertThrows(IllegalArgumentException.class, () -> new MultiStringMatcher(List.of("质量", "")));
    }

    /** Small alphabets make overlaps, shared prefixes and failure transitions common. */
    @Property(tries = 300)
    void findsExactlyWhatIndexOfFinds(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'c') String> patterns,
            @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'd') String text) {
        List<Found> expected = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
                expected.add(new Found(p, at, at + pattern.length()));
            }
        }
        expected.sort(MultiStringMatcherTest::byEndThenLength);
        assertEquals(expected, found(new MultiStringMatcher(patterns), text));
        assertEquals(!expected.isEmpty(), new MultiStringMatcher(patterns).occursIn(text));
    }

    /** The order the matcher reports in: by end, longest first, then by index. */
    private static int byEndThenLength(Found a, Found b) {
        if (a.end() != b.end()) {
            return Integer.compare(a.end(), b.end());
        }
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        return Integer.compare(a.pattern(), b.pattern());
    }

    private static List<Found> found(MultiStringMatcher matcher, String text) {
        List<Found> found = new ArrayList<>();
        matcher.findAll(text, (pattern, start, end) -> found.add(new Found(pattern, start, end)));
        return found;
    }
}
