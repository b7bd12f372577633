package org.policylens.extract;

/** The words that promise money (on folded, Simplified text). */
final class SubsidyWords {

    /** Kinds of funding, longest first so that 一次性奖励 wins over 奖励. */
    static final String[] KINDS = {"一次性奖励", "一次性补助", "一次性补贴", "一次性资助", "资金支持", "资金补助", "资金奖励",
        "经费支持", "奖补资金", "奖励资金", "补助资金", "扶持资金", "奖补", "奖励", "资助", "补助", "补贴", "奖金", "扶持"};

    private static final String[] TRIGGERS = {"奖励", "奖补", "资助", "补助", "补贴", "资金支持", "经费支持", "扶持资金", "奖金",
        "给予"};

    private SubsidyWords() {
    }

    static boolean hasTrigger(String folded, TextSpan span) {
        String s = folded.substring(span.start(), span.end());
        for (String t : TRIGGERS) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
