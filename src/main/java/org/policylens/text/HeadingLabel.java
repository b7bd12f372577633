package org.policylens.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbering that opens a heading line in Chinese policy documents: 一、 / (一) （一） / 1. 1、 1． /
 * (1) （1） / 第一章 / 第一条 / —— bullets. Both half-width and full-width brackets and stops are accepted, because
 * documents of this genre use either.
 *
 * @param kind   the numbering style
 * @param label  the numbering as written, e.g. "（四）"
 * @param number the ordinal the label denotes (1 for 一、 or (1)); 0 for bullets
 */
public record HeadingLabel(Kind kind, String label, int number) {

    /** Numbering styles, in the order a policy document conventionally nests them. */
    public enum Kind {
        /** 第一章, 第二部分. */
        CHAPTER,
        /** 一、 */
        CHINESE_ENUM,
        /** (一) or （一） */
        CHINESE_PAREN,
        /** 1. 1、 1． */
        ARABIC_ENUM,
        /** (1) or （1） */
        ARABIC_PAREN,
        /** 第一条 */
        ARTICLE,
        /** —— at the start of a goal bullet */
        DASH_BULLET
    }

    private static final String CN_DIGITS = "零〇一二三四五六七八九十百两";
    private static final Pattern CHAPTER = Pattern.compile("^第([" + CN_DIGITS + "]{1,4})(章|部分|篇)\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^第([" + CN_DIGITS + "]{1,4})条\\s*");
    private static final Pattern CHINESE_ENUM = Pattern.compile("^([" + CN_DIGITS + "]{1,3})[、,，]");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^[(（]([" + CN_DIGITS + "]{1,4})[)）]");
    // "1." must not be the start of a decimal such as 1.5万, nor of a year such as 2023年.
    private static final Pattern ARABIC_ENUM = Pattern.compile("^([0-9０-９]{1,2})(?:[、．]|\\.(?![0-9０-９]))");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[(（]([0-9０-９]{1,2})[)）]");
    private static final Pattern DASH_BULLET = Pattern.compile("^(?:——|－－|--)(?=\\S)");

    /**
     * The heading numbering at the start of {@code line} (leading whitespace ignored), if any. The patterns are
     * anchored; {@code lookingAt} tries them at the start only, where {@code find} would walk the whole line.
     */
    public static Optional<HeadingLabel> parse(String line) {
        String trimmed = line.stripLeading();
        // Most lines open with none of the chars a label starts with: they skip the seven patterns (this runs for
        // every paragraph of every document, several times).
        if (trimmed.isEmpty() || !mayOpenLabel(trimmed.charAt(0))) {
            return Optional.empty();
        }
        return matchLabel(trimmed);
    }

    /**
     * Whether a label can start with {@code c}: the first chars of the patterns below (第, a Chinese digit, an
     * opening bracket, a half- or full-width digit, a dash). HeadingLabelTest checks every char against them.
     */
    static boolean mayOpenLabel(char c) {
        return c == '第' || CN_DIGITS.indexOf(c) >= 0 || c == '(' || c == '（' || c >= '0' && c <= '9'
                || c >= '０' && c <= '９' || c == '—' || c == '－' || c == '-';
    }

    /** The label the patterns find at the start of {@code trimmed}, without the first-char check. */
    static Optional<HeadingLabel> matchLabel(String trimmed) {
        Matcher m;
        if ((m = CHAPTER.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.CHAPTER, m.group(), chineseOrdinal(m.group(1))));
        }
        if ((m = ARTICLE.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.ARTICLE, m.group(), chineseOrdinal(m.group(1))));
        }
        if ((m = CHINESE_ENUM.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.CHINESE_ENUM, m.group(), chineseOrdinal(m.group(1))));
        }
        if ((m = CHINESE_PAREN.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.CHINESE_PAREN, m.group(), chineseOrdinal(m.group(1))));
        }
        if ((m = ARABIC_PAREN.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.ARABIC_PAREN, m.group(), arabic(m.group(1))));
        }
        if ((m = ARABIC_ENUM.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.ARABIC_ENUM, m.group(), arabic(m.group(1))));
        }
        if ((m = DASH_BULLET.matcher(trimmed)).lookingAt()) {
            return Optional.of(new HeadingLabel(Kind.DASH_BULLET, m.group(), 0));
        }
        return Optional.empty();
    }

    private static int arabic(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(Character.isDigit(digits.charAt(i)) ? digits.charAt(i) : '0', 10);
        }
        return value;
    }

    /** 一 → 1, 十二 → 12, 二十 → 20, 三十一 → 31, 一百零二 → 102; -1 if not a small Chinese ordinal. */
    static int chineseOrdinal(String s) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            } else if (d >= 0) {
                d = d <= 1 ? 0 : d - 1;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '百') {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
