package org.policylens.export;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of one sheet, read as the sheet is written rather than held all at once. The count is known up front,
 * because the About sheet (written first) and the progress bar state it.
 *
 * @param <T> the row type
 */
public interface RowSource<T> extends Iterable<T> {

    /** How many rows iterating yields. */
    int size();

    /** Rows that are already in memory. */
    static <T> RowSource<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return new RowSource<>() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public Iterator<T> iterator() {
                return copy.iterator();
            }
        };
    }
}
