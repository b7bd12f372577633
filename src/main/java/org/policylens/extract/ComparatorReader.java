package org.policylens.extract;

import org.policylens.model.Comparator;

/**
 * Reads the comparator of a target from the words around its number, by the labelling rule: 以上 / 不低于 / 超过 /
 * 至少 → {@code >=}; 以下 / 低于 / 不高于 / 以内 → {@code <=}; 左右 / 约 → {@code ~}; anything else (达到, 为, a bare
 * number, a range) → {@code =}. A word after the number wins over a word before it.
 */
final class ComparatorReader {

    private static final String[] AFTER_AT_LEAST = {"及以上", "以上"};
    private static final String[] AFTER_AT_MOST = {"及以下", "以下", "以内"};
    private static final String[] AFTER_ABOUT = {"左右", "上下"};
    private static final String[] BEFORE_AT_LEAST = {"达到或超过", "不低于", "不少于", "超过", "高于", "大于", "多于", "至少", "超"};
    private static final String[] BEFORE_AT_MOST = {"不高于", "不超过", "不多于", "低于", "少于", "小于", "控制在", "降至", "降到",
        "压减至", "压缩至", "缩短至"};
    private static final String[] BEFORE_ABOUT = {"大约", "约"};

    private ComparatorReader() {
    }

    /** Length of the qualifier word (以上, 左右 …) starting at {@code from} in folded text, or 0. */
    static int qualifierLength(String folded, int from) {
        for (String[] words : new String[][] {AFTER_AT_LEAST, AFTER_AT_MOST, AFTER_ABOUT}) {
            for (String w : words) {
                if (folded.startsWith(w, from)) {
                    return w.length();
                }
            }
        }
        return 0;
    }

    /** The comparator given by a qualifier written after the number, or null. */
    static Comparator after(String qualifier) {
        if (qualifier == null || qualifier.isEmpty()) {
            return null;
        }
        if (endsWithAny(qualifier, AFTER_AT_LEAST)) {
            return Comparator.AT_LEAST;
        }
        if (endsWithAny(qualifier, AFTER_AT_MOST)) {
            return Comparator.AT_MOST;
        }
        if (endsWithAny(qualifier, AFTER_ABOUT)) {
            return Comparator.ABOUT;
        }
        return null;
    }

    /** The comparator given by the words just before the number (the tail of {@code before}), or null. */
    static Comparator before(String before) {
        String t = before.strip();
        // the longest word wins, so that 不低于 is not read as 低于 nor 不高于 as 高于
        Comparator best = null;
        int bestLength = 0;
        String[][] lists = {BEFORE_AT_LEAST, BEFORE_AT_MOST, BEFORE_ABOUT};
        Comparator[] meaning = {Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.ABOUT};
        for (int i = 0; i < lists.length; i++) {
            for (String w : lists[i]) {
                if (t.endsWith(w) && w.length() > bestLength) {
                    best = meaning[i];
                    bestLength = w.length();
                }
            }
        }
        if (best == null) {
            // 至少 governs a verb before the count: 各县至少建立1个…
            int i = t.lastIndexOf("至少");
            if (i >= 0 && t.length() - i <= 6) {
                best = Comparator.AT_LEAST;
            }
        }
        return best;
    }

    /** Combines both sides; a range without a qualifier is {@code =}. */
    static Comparator read(String before, String qualifierAfter) {
        Comparator a = after(qualifierAfter);
        if (a != null) {
            return a;
        }
        Comparator b = before(before);
        return b != null ? b : Comparator.EQUAL;
    }

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
