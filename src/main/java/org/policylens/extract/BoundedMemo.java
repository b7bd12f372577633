package org.policylens.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a key, for work that recurs (the same heading above many passages).
 * Safe for concurrent use; when it holds {@code limit} entries it starts afresh, so memory stays bounded whatever
 * the input. Two threads may compute the same value at once; both get equal results, which is harmless.
 */
final class BoundedMemo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int limit;

    BoundedMemo(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<K, V> compute) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (values.size() >= limit) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }
}
