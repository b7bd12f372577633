package org.policylens.ingest;

/**
 * A half-open range of line indices, {@code [start, end)}.
 *
 * @param start index of the first line
 * @param end   index after the last line
 */
public record LineRange(int start, int end) {

    public LineRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad line range [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }
}
