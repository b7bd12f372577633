package org.policylens.text;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the numbers Chinese policy texts write: Arabic digits with decimals (half- or full-width), Chinese numerals
 * (十二, 两, 一百二十, 百分之九十), the multipliers 万/萬, 亿/億 and 万亿, ranges (1-2, 1—3, 3~5, 3至5, 3－5),
 * percentages and 个百分点, and compound units (万元/亩, 吨标煤/万元, 批次/千人).
 */
public final class ChineseNumber {

    /** A value as written, an optional range end and the unit that follows it. */
    public record Quantity(double value, Double valueMax, String unit) {

        /** True for % and ‰ values and for 百分之N. */
        public boolean isPercent() {
            return unit != null && (unit.equals("%") || unit.equals("％") || unit.equals("‰"));
        }
    }

    private static final String DIGITS = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
    private static final String CN = "[零〇一二两兩三四五六七八九十百千万萬亿億]+";
    private static final String RANGE_SEP = "\\s*(?:-|－|—{1,2}|–|~|～|〜|至|到)\\s*";
    private static final Pattern QUANTITY = Pattern.compile(
            "^\\s*(?<percentOf>百分之)?(?<a>" + DIGITS + "|" + CN + ")(?:" + RANGE_SEP + "(?<b>" + DIGITS + "|" + CN
                    + "))?(?<unit>.*?)\\s*$");

    private ChineseNumber() {
    }

    /**
     * The value of a whole string that is one number: {@code 12}, {@code １２.５}, {@code 1.5万} (15000),
     * {@code 2.5万亿}, {@code 十二}, {@code 两}, {@code 一百二十}, {@code 百分之九十} (90), {@code 三千五百万}.
     */
    public static OptionalDouble parse(CharSequence text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.toString().strip();
        if (s.startsWith("百分之")) {
            return parse(s.substring(3));
        }
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        // digits, optionally followed by a multiplier: 1.5万, 2.5万亿
        int i = 0;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '．')) {
            i++;
        }
        if (i > 0) {
            OptionalDouble digits = parseDigits(s.substring(0, i));
            if (digits.isEmpty()) {
                return OptionalDouble.empty();
            }
            String rest = s.substring(i);
            if (rest.isEmpty()) {
                return digits;
            }
            double mult = multiplierWord(rest);
            return mult > 0 ? OptionalDouble.of(digits.getAsDouble() * mult) : OptionalDouble.empty();
        }
        return parseChinese(s);
    }

    /**
     * A number followed by its unit, as written: {@code 98%}, {@code 1-2个} (1 to 2), {@code 1—3个百分点},
     * {@code 3至5}, {@code 30万元/亩}, {@code 1.5萬件}, {@code 百分之九十} (90 %). The value is the number as
     * written: the multiplier stays part of the unit (1.5萬件 → 1.5, 萬件).
     */
    public static Optional<Quantity> parseQuantity(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group("unit");
        OptionalDouble a = parseLeadingDigitsOrChinese(m.group("a"));
        if (a.isEmpty()) {
            return Optional.empty();
        }
        Double b = null;
        if (m.group("b") != null) {
            OptionalDouble bv = parseLeadingDigitsOrChinese(m.group("b"));
            if (bv.isEmpty()) {
                return Optional.empty();
            }
            b = bv.getAsDouble();
        }
        if (m.group("percentOf") != null) {
            if (!unit.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Quantity(a.getAsDouble(), b, "%"));
        }
        if (!unit.isEmpty() && ChineseUnit.unitEnd(unit, 0) != unit.length()) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(a.getAsDouble(), b, unit.isEmpty() ? null : unit));
    }

    /**
     * An amount of money in integer yuan: {@code 200万元} → 2 000 000, {@code 1.5亿元}, {@code 5000元},
     * {@code 200萬元}, {@code 二十万元}; cap words in front (最高, 不超过, 最多) are ignored. Empty when the text is
     * not an amount of money.
     */
    public static OptionalLong toYuan(CharSequence amount) {
        if (amount == null) {
            return OptionalLong.empty();
        }
        String s = amount.toString().strip().replaceFirst("^(?:最高|不超过|不超過|最多|上限|不高于|不高於)", "").strip();
        if (s.startsWith("人民币") || s.startsWith("人民幣")) {
            s = s.substring(3);
        }
        if (!s.endsWith("元") || s.endsWith("美元")) {
            return OptionalLong.empty();
        }
        OptionalDouble v = parse(s.substring(0, s.length() - 1));
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(v.getAsDouble()));
    }

    /** True for an ASCII or full-width digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static OptionalDouble parseLeadingDigitsOrChinese(String s) {
        return isDigit(s.charAt(0)) ? parseDigits(s) : parseChinese(s);
    }

    private static OptionalDouble parseDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        try {
            return OptionalDouble.of(Double.parseDouble(b.toString()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** 万亿 → 10^12, 万 → 10^4, 亿 → 10^8, 千 → 1000, 百 → 100; 0 when the text is not a multiplier word. */
    private static double multiplierWord(String s) {
        switch (s) {
            case "万亿":
            case "萬億":
                return 1e12;
            case "亿":
            case "億":
                return 1e8;
            case "万":
            case "萬":
                return 1e4;
            case "千":
                return 1e3;
            case "百":
                return 1e2;
            default:
                return 0;
        }
    }

    /**
     * Chinese numerals with sections: 一百二十 → 120, 十二 → 12, 两 → 2, 三千五百万 → 35 000 000, 一亿二千万,
     * 二〇二五 (digit by digit) → 2025.
     */
    static OptionalDouble parseChinese(String s) {
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        boolean hasPlace = false;
        for (int i = 0; i < s.length(); i++) {
            if ("十百千万萬亿億".indexOf(s.charAt(i)) >= 0) {
                hasPlace = true;
            } else if (digitValue(s.charAt(i)) < 0) {
                return OptionalDouble.empty();
            }
        }
        if (!hasPlace) {
            // read digit by digit: 二〇二五 → 2025
            double v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digitValue(s.charAt(i));
            }
            return OptionalDouble.of(v);
        }
        double total = 0;     // completed 亿 sections
        double section = 0;   // completed 万 sections within the current 亿 section
        double small = 0;     // below 万
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '十':
                    small += (digit < 0 ? 1 : digit) * 10;
                    break;
                case '百':
                    small += (digit < 0 ? 1 : digit) * 100;
                    break;
                case '千':
                    small += (digit < 0 ? 1 : digit) * 1000;
                    break;
                case '万':
                case '萬':
                    section += (small + Math.max(digit, 0)) * 1e4;
                    if (small == 0 && digit < 0 && section == 0) {
                        section = 1e4;
                    }
                    small = 0;
                    break;
                default: // 亿 億
                    total += (section + small + Math.max(digit, 0)) * 1e8;
                    if (total == 0) {
                        total = 1e8;
                    }
                    section = 0;
                    small = 0;
                    break;
            }
            digit = -1;
        }
        return OptionalDouble.of(total + section + small + Math.max(digit, 0));
    }

    private static int digitValue(char c) {
        switch (c) {
            case '零':
            case '〇':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
            case '兩':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }
}
