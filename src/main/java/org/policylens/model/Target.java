package org.policylens.model;

import java.util.Objects;

/**
 * A quantitative target a policy sets: one (indicator, value) pair.
 *
 * @param indicator  the indicator as written (original characters), e.g. 制造业产品质量合格率
 * @param value      the number as written (the low end of a range)
 * @param valueMax   the high end of a range such as 1-2个, or null
 * @param unit       the unit as written after the number (%, 个, 萬件, 万元/亩), or null for indices and scores
 * @param comparator how the value is to be read (以上 → at least …)
 * @param year       the target year the text assigns, or null
 * @param perYear    true for recurring annual targets (每年, 年度, 年均增长)
 * @param quote      the verbatim clause the target was read from
 * @param start      code point offset of the quote in the document text
 * @param end        code point offset after the quote
 */
public record Target(String indicator, double value, Double valueMax, String unit, Comparator comparator,
                     Integer year, boolean perYear, String quote, int start, int end) {

    public Target {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
