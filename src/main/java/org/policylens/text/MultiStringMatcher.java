package org.policylens.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every occurrence of many strings in a text in one pass (Aho–Corasick), overlapping ones included, instead of
 * one {@link String#indexOf} scan per string. Built once from the strings; immutable afterwards, so one instance can
 * be shared by any number of threads.
 */
public final class MultiStringMatcher {

    /** Receives one occurrence: the index of the string in the list given to the constructor and its char span. */
    @FunctionalInterface
    public interface Occurrence {
        void found(int pattern, int start, int end);
    }

    private static final int ROOT = 0;
    private static final long NO_KEY = -1;

    /** Transitions: an open-addressing hash table from (state, char) to the next state. */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    /** Per state: where matching goes on when no transition fits (the longest proper suffix that is a prefix). */
    private final int[] failure;
    /** Per state: the strings that end here, its own and those of its suffixes, longest first. */
    private final int[][] endingHere;
    private final int[] lengths;
    /** Transitions from the root, where matching spends most of its time, by direct lookup (0 = stay at the root). */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];
    /** Bit per char: set when the char occurs in some string. Other chars always lead back to the root at once. */
    private final long[] usedChars = new long[(Character.MAX_VALUE + 1) / 64];

    /** @param patterns the strings to find; none may be empty (an empty string occurs everywhere) */
    public MultiStringMatcher(List<String> patterns) {
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        edges.add(new TreeMap<>());
        own.add(new ArrayList<>());
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("an empty string cannot be searched for");
            }
            lengths[p] = pattern.length();
            int state = ROOT;
            for (int i = 0; i < pattern.length(); i++) {
                usedChars[pattern.charAt(i) >>> 6] |= 1L << pattern.charAt(i);
                Integer next = edges.get(state).get(pattern.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.add(new TreeMap<>());
                    own.add(new ArrayList<>());
                    edges.get(state).put(pattern.charAt(i), next);
                }
                state = next;
            }
            own.get(state).add(p);
        }
        int states = edges.size();
        int edgeCount = edges.stream().mapToInt(TreeMap::size).sum();
        int capacity = Integer.highestOneBit(Math.max(4, edgeCount * 2 + 1)) * 2;
        edgeKeys = new long[capacity];
        Arrays.fill(edgeKeys, NO_KEY);
        edgeTargets = new int[capacity];
        edgeMask = capacity - 1;
        for (int s = 0; s < states; s++) {
            for (var edge : edges.get(s).entrySet()) {
                int slot = slot(key(s, edge.getKey()));
                edgeKeys[slot] = key(s, edge.getKey());
                edgeTargets[slot] = edge.getValue();
            }
        }
        edges.get(ROOT).forEach((c, next) -> fromRoot[c] = next);
        failure = new int[states];
        endingHere = new int[states][];
        endingHere[ROOT] = new int[0];
        // Breadth first, so a state's failure target is complete before the state is.
        Deque<Integer> queue = new ArrayDeque<>();
        for (int child : edges.get(ROOT).values()) {
            failure[child] = ROOT;
            endingHere[child] = own.get(child).stream().mapToInt(Integer::intValue).toArray();
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (var edge : edges.get(state).entrySet()) {
                int child = edge.getValue();
                failure[child] = step(failure[state], edge.getKey());
                int[] inherited = endingHere[failure[child]];
                int[] combined = Arrays.copyOf(own.get(child).stream().mapToInt(Integer::intValue).toArray(),
                        own.get(child).size() + inherited.length);
                System.arraycopy(inherited, 0, combined, own.get(child).size(), inherited.length);
                endingHere[child] = combined;
                queue.add(child);
            }
        }
    }

    /** Reports every occurrence in {@code text}, in order of where it ends, longest first among those ending together. */
    public void findAll(CharSequence text, Occurrence sink) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            for (int pattern : endingHere[state]) {
                sink.found(pattern, i + 1 - lengths[pattern], i + 1);
            }
        }
    }

    /** True if any of the strings occurs in {@code text}. */
    public boolean occursIn(CharSequence text) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            if (endingHere[state].length > 0) {
                return true;
            }
        }
        return false;
    }

    private int step(int state, char c) {
        if ((usedChars[c >>> 6] & (1L << c)) == 0) {
            return ROOT;
        }
        while (state != ROOT) {
            int slot = slot(key(state, c));
            if (edgeKeys[slot] != NO_KEY) {
                return edgeTargets[slot];
            }
            state = failure[state];
        }
        return fromRoot[c];
    }

    private static long key(int state, char c) {
        return (long) state << 16 | c;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & edgeMask;
        while (edgeKeys[slot] != NO_KEY && edgeKeys[slot] != key) {
            slot = (slot + 1) & edgeMask;
        }
        return slot;
    }
}
