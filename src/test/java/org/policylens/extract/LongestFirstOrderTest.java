package org.policylens.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LongestFirstOrderTest {

    /** The order by its definition: longest first, then start, theme, term; equal matches as given. */
    private static int[] byComparator(int[] starts, int[] ends, int[] themes, int[] terms) {
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> -(ends[i] - starts[i]))
                .thenComparingInt(i -> starts[i]).thenComparingInt(i -> themes[i]).thenComparingInt(i -> terms[i]);
        return IntStream.range(0, starts.length).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void sortsAsTheComparatorDoesIncludingTiesAndExtremes() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int textLength = 1 + random.nextInt(round % 10 == 0 ? 1 << 20 : 60);
            int themeCount = 1 + random.nextInt(30);
            int termCount = 1 + random.nextInt(1000);
            int n = random.nextInt(40);
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] themes = new int[n];
            int[] terms = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = random.nextInt(textLength);
                // Few distinct lengths and starts, so ties on the leading fields are common; some reach the end.
                ends[i] = random.nextInt(4) == 0 ? textLength : Math.min(textLength, starts[i] + 1 + random.nextInt(4));
                themes[i] = random.nextInt(Math.min(themeCount, 3));
                terms[i] = random.nextInt(4) == 0 ? termCount - 1 : random.nextInt(Math.min(termCount, 5));
            }
            assertArrayEquals(byComparator(starts, ends, themes, terms),
                    LongestFirstOrder.sort(starts, ends, themes, terms, textLength, themeCount, termCount),
                    "round " + round);
        }
    }

    @Test
    void fieldsTooWideForOneLongAreLeftToTheComparator() {
        int[] one = {0};
        assertNull(LongestFirstOrder.sort(one, new int[] {1}, one, one, Integer.MAX_VALUE, 1 << 20, 1 << 20));
    }
}
