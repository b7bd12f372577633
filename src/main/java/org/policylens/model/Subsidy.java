package org.policylens.model;

import java.util.Objects;

/**
 * A monetary reward, grant or subsidy a policy promises: one record per amount.
 *
 * @param item       what earns it, naming a single item (e.g. 首次获得中国质量奖)
 * @param recipient  who receives it as written (企业), or null when the text names no one
 * @param amountYuan the amount in integer yuan (200万元 → 2 000 000)
 * @param amountText the amount as written, including a cap word when there is one (200万元, 最高100万元)
 * @param kind       the word used: 奖励, 一次性奖励, 资助, 资金支持, 补助, 补贴 …
 * @param quote      the verbatim clause the record was read from
 * @param start      code point offset of the quote in the document text
 * @param end        code point offset after the quote
 */
public record Subsidy(String item, String recipient, long amountYuan, String amountText, String kind, String quote,
                      int start, int end) {

    public Subsidy {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amountText, "amountText");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when the amount is a ceiling (最高 / 不超过 / 最多 N万元) rather than a fixed sum. */
    public boolean isCap() {
        return amountText.startsWith("最高") || amountText.startsWith("不超过") || amountText.startsWith("不超過")
                || amountText.startsWith("最多") || amountText.startsWith("上限");
    }
}
