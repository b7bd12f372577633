package org.policylens.ui.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money the way Chinese policy texts write them: 5000元, 200万元, 1.5亿元. Large sums are stated in
 * 万元 or 亿元 so that figures of different documents compare at a glance; the exact yuan stay in the record.
 */
public final class AmountFormat {

    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private AmountFormat() {
    }

    public static String format(long yuan) {
        if (Math.abs(yuan) >= YI) {
            return scaled(yuan, YI) + "亿元";
        }
        if (Math.abs(yuan) >= WAN) {
            return scaled(yuan, WAN) + "万元";
        }
        return yuan + "元";
    }

    /** The amount in 万元, as a chart axis shows it. */
    public static double inWan(long yuan) {
        return yuan / (double) WAN;
    }

    private static String scaled(long yuan, long unit) {
        // Up to four decimals keeps every yuan of a 万 amount; beyond that (亿) rounding is what a reader expects.
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(unit), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
