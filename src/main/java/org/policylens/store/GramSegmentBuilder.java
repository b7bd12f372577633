package org.policylens.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds one segment of the search index from passages given in ascending id order. Per gram it writes a posting
 * list: for each passage that has the gram, the id (as the difference to the previous one), the number of occurrences
 * and, for a bigram, the char offsets where it starts in the folded text (first absolute, then differences). Offsets
 * let a longer term be matched as a phrase of bigrams without reading passage text; unigrams only need their counts.
 * Per passage it also records the length in code points, which ranking (bm25) needs.
 */
final class GramSegmentBuilder {

    /** One gram's encoded postings for the segment. */
    record Posting(String gram, byte[] bytes) {
    }

    private final LongIntHashMap segmentGrams = new LongIntHashMap(1 << 14);
    private final List<VarInts.Writer> postings = new ArrayList<>();
    private long[] gramKeys = new long[1 << 14];
    private long[] lastPassage = new long[1 << 14];

    private final VarInts.Writer lengths = new VarInts.Writer();
    private long lastLengthPassage;
    private long firstPassage = -1;
    private long lastPassageId = -1;
    private int passages;
    private long characters;

    // Per passage: each distinct gram's slot, and the occurrences of each slot as a linked list in arrays.
    private final LongIntHashMap passageGrams = new LongIntHashMap(256);
    private long[] slotKey = new long[256];
    private int[] slotCount = new int[256];
    private int[] slotHead = new int[256];
    private int[] slotTail = new int[256];
    private int[] occurrenceAt = new int[512];
    private int[] occurrenceNext = new int[512];

    /** Adds a passage; ids must ascend. */
    void add(long passageId, String folded) {
        if (passageId <= lastPassageId) {
            throw new IllegalArgumentException("passages must be added in ascending id order");
        }
        if (firstPassage < 0) {
            firstPassage = passageId;
            lastLengthPassage = passageId;
        }
        lastPassageId = passageId;
        passages++;
        passageGrams.clear();
        int slots = 0;
        int occurrences = 0;
        int codePoints = 0;
        int previous = -1;
        int previousAt = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            codePoints++;
            if (Grams.indexable(cp)) {
                slots = count(Grams.unigram(cp), -1, slots, occurrences);
                if (previous >= 0) {
                    slots = count(Grams.bigram(previous, cp), previousAt, slots, occurrences);
                    occurrences++;
                }
                previous = cp;
                previousAt = i;
            } else {
                previous = -1;
            }
            i += Character.charCount(cp);
        }
        for (int slot = 0; slot < slots; slot++) {
            append(slotKey[slot], passageId, slot);
        }
        lengths.write(passageId - lastLengthPassage);
        lengths.write(codePoints);
        lastLengthPassage = passageId;
        characters += codePoints;
    }

    /** Counts one occurrence of a gram in the current passage (a bigram with its offset); returns the slots used. */
    private int count(long key, int at, int slots, int occurrence) {
        int slot = passageGrams.putIfAbsent(key, slots);
        if (slot == slots) {
            if (slots == slotKey.length) {
                growSlots();
            }
            slotKey[slot] = key;
            slotCount[slot] = 0;
            slotHead[slot] = -1;
            slots++;
        }
        slotCount[slot]++;
        if (at >= 0) {
            if (occurrence == occurrenceAt.length) {
                occurrenceAt = Arrays.copyOf(occurrenceAt, occurrence * 2);
                occurrenceNext = Arrays.copyOf(occurrenceNext, occurrence * 2);
            }
            occurrenceAt[occurrence] = at;
            occurrenceNext[occurrence] = -1;
            if (slotHead[slot] < 0) {
                slotHead[slot] = occurrence;
            } else {
                occurrenceNext[slotTail[slot]] = occurrence;
            }
            slotTail[slot] = occurrence;
        }
        return slots;
    }

    private void append(long key, long passageId, int slot) {
        int gram = segmentGrams.putIfAbsent(key, postings.size());
        if (gram == postings.size()) {
            postings.add(new VarInts.Writer());
            if (gram == gramKeys.length) {
                gramKeys = Arrays.copyOf(gramKeys, gram * 2);
                lastPassage = Arrays.copyOf(lastPassage, gram * 2);
            }
            gramKeys[gram] = key;
            lastPassage[gram] = firstPassage;
        }
        VarInts.Writer out = postings.get(gram);
        out.write(passageId - lastPassage[gram]);
        lastPassage[gram] = passageId;
        out.write(slotCount[slot]);
        if (Grams.isBigram(key)) {
            int previous = 0;
            for (int o = slotHead[slot]; o >= 0; o = occurrenceNext[o]) {
                out.write(occurrenceAt[o] - previous);
                previous = occurrenceAt[o];
            }
        }
    }

    private void growSlots() {
        int n = slotKey.length * 2;
        slotKey = Arrays.copyOf(slotKey, n);
        slotCount = Arrays.copyOf(slotCount, n);
        slotHead = Arrays.copyOf(slotHead, n);
        slotTail = Arrays.copyOf(slotTail, n);
    }

    boolean isEmpty() {
        return passages == 0;
    }

    long firstPassage() {
        return firstPassage;
    }

    long lastPassage() {
        return lastPassageId;
    }

    int passages() {
        return passages;
    }

    long characters() {
        return characters;
    }

    byte[] lengths() {
        return lengths.toByteArray();
    }

    /** The postings, ordered by gram (the index table's key order, so rows are appended rather than inserted). */
    List<Posting> postings() {
        List<Posting> out = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            out.add(new Posting(Grams.text(gramKeys[i]), postings.get(i).toByteArray()));
        }
        out.sort(Comparator.comparing(Posting::gram));
        return out;
    }
}
