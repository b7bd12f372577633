package org.policylens.ui.targets;

import java.math.BigDecimal;
import java.util.List;
import org.policylens.model.Target;

/**
 * How a target reads in a comparison cell: comparator, value (or range), unit and year, e.g. {@code ≥94% (2025)};
 * several targets of one document read as a progression when their years rise ({@code 92% (2023) → 94% (2025)}).
 */
public final class TargetCellFormat {

    private final String perYearSuffix;

    /** @param perYearSuffix appended to recurring annual targets (每年 …), e.g. {@code /年} */
    public TargetCellFormat(String perYearSuffix) {
        this.perYearSuffix = perYearSuffix;
    }

    /** One target, e.g. {@code ≥94% (2025)}, {@code 1–3个百分点/年}, {@code ≈20家}. */
    public String format(Target t) {
        StringBuilder out = new StringBuilder(symbol(t));
        out.append(number(t.value()));
        if (t.valueMax() != null) {
            out.append('–').append(number(t.valueMax()));
        }
        if (t.unit() != null) {
            out.append(t.unit());
        }
        if (t.perYear()) {
            out.append(perYearSuffix);
        }
        if (t.year() != null) {
            out.append(" (").append(t.year()).append(')');
        }
        return out.toString();
    }

    /**
     * The targets of one cell, already in year order. Consecutive targets with rising years are joined by an arrow;
     * targets that are not a progression (same year, or no year) are separated by a dot.
     */
    public String format(List<Target> cell) {
        StringBuilder out = new StringBuilder();
        Target previous = null;
        for (Target t : cell) {
            if (previous != null) {
                boolean progression = previous.year() != null && t.year() != null && t.year() > previous.year();
                out.append(progression ? " → " : " · ");
            }
            out.append(format(t));
            previous = t;
        }
        return out.toString();
    }

    /** 94.0 → "94", 2.5 → "2.5": as a person would write it, never in exponent form. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String symbol(Target t) {
        return switch (t.comparator()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case ABOUT -> "≈";
            case EQUAL -> "";
        };
    }
}
