package org.policylens.ui.targets;

/**
 * Which document columns the targets table shows: a page of at most {@code size} of the {@code total} compared
 * documents, starting at {@code first} (a multiple of the size).
 */
record ColumnPage(int first, int size, int total) {

    /** The page that holds index {@code wanted}, clamped to the pages there are. */
    static ColumnPage at(int wanted, int size, int total) {
        int lastPage = Math.max(0, (total - 1) / size * size);
        int first = Math.max(0, Math.min(wanted / size * size, lastPage));
        return new ColumnPage(first, size, total);
    }

    /** One past the last column shown. */
    int end() {
        return Math.min(total, first + size);
    }

    boolean paged() {
        return total > size;
    }

    boolean hasPrevious() {
        return first > 0;
    }

    boolean hasNext() {
        return end() < total;
    }

    ColumnPage previous() {
        return at(first - size, size, total);
    }

    ColumnPage next() {
        return at(first + size, size, total);
    }
}
