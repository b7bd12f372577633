package org.policylens.ui.targets;

import java.util.Optional;
import java.util.OptionalDouble;
import org.policylens.model.Comparator;
import org.policylens.service.TargetService.TargetFields;
import org.policylens.text.ChineseNumber;

/**
 * A target correction as the user typed it. {@link #parse} turns it into the service's fields or names the first
 * field that is wrong (a message key), so the form can say what to fix instead of showing a service error.
 */
public record TargetEdit(String indicator, String value, String valueMax, String unit, Comparator comparator,
                         String year, boolean perYear) {

    /** The fields, or the message key of the problem. */
    public record Parsed(TargetFields fields, String problemKey) {
    }

    public Parsed parse() {
        if (indicator == null || indicator.isBlank()) {
            return problem("targets.edit.error.indicator");
        }
        OptionalDouble v = number(value);
        if (v.isEmpty()) {
            return problem("targets.edit.error.value");
        }
        Double max = null;
        if (valueMax != null && !valueMax.isBlank()) {
            OptionalDouble m = number(valueMax);
            if (m.isEmpty() || m.getAsDouble() < v.getAsDouble()) {
                return problem("targets.edit.error.max");
            }
            max = m.getAsDouble();
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            Optional<Integer> parsed = year(year);
            if (parsed.isEmpty()) {
                return problem("targets.edit.error.year");
            }
            y = parsed.get();
        }
        return new Parsed(new TargetFields(indicator.strip(), v.getAsDouble(), max, unit, comparator, y, perYear),
                null);
    }

    /** Digits or Chinese numerals, as in the documents (九十四 reads as 94). */
    private static OptionalDouble number(String text) {
        return text == null || text.isBlank() ? OptionalDouble.empty() : ChineseNumber.parse(text.strip());
    }

    private static Optional<Integer> year(String text) {
        String digits = text.strip().replaceFirst("年$", "");
        if (!digits.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private static Parsed problem(String key) {
        return new Parsed(null, key);
    }
}
