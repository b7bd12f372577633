package org.policylens.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the unit written after a number in a Chinese policy text: simple units (个, 家, %, 个百分点), units
 * with a multiplier (万件, 亿元, 万亿元) and compound units (万元/亩, 吨标煤/万元, 批次/千人, 万元/人·年,
 * 微克/立方米). Simplified and Traditional forms are both accepted, so that the unit can be read from the original
 * text and returned as written.
 */
public final class ChineseUnit {

    /** Multipliers that may prefix a unit: 万亿 must come before 万 so the longer one wins. */
    static final String MULTIPLIER = "(?:万亿|萬億|万|萬|亿|億|千|百|十)";

    /** Base units, longest first so that 个百分点 is not read as 个. */
    private static final String BASE = "(?:"
            + "[个個]百分点|[个個]百分點|百分点|百分點|[个個]工作日|工作日|"
            + "吨标准煤|噸標準煤|吨标煤|噸標煤|标煤|標煤|"
            + "平方公里|平方米|立方米|平方千米|千瓦时|千瓦時|兆瓦|千瓦|公里|千米|公顷|公頃|"
            + "千克|公斤|微克|毫克|克|吨|噸|"
            + "人次|批次|户次|戶次|家次|"
            + "小时|小時|分钟|分鐘|"
            + "[%％‰]|"
            + "[个個家项項件张張台臺套种種名位人户戶座所条條处處只隻辆輛间間批笔筆场場篇部册冊类類棵株亩畝元米升度倍次天日周週月年岁歲级級星]"
            + ")";

    private static final Pattern UNIT = Pattern.compile(
            MULTIPLIER + "?" + BASE + "(?:[/／]" + MULTIPLIER + "?" + BASE + "(?:[·・]" + BASE + ")?)?");

    private ChineseUnit() {
    }

    /**
     * The end index of the unit that starts exactly at {@code from} in {@code text}, or {@code from} when no unit
     * starts there. Whitespace between number and unit is not allowed, as it is not written in this genre.
     */
    public static int unitEnd(CharSequence text, int from) {
        if (from >= text.length()) {
            return from;
        }
        Matcher m = UNIT.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    /** The multiplier a unit starts with (万 → 10 000, 亿 → 10^8, 万亿 → 10^12), or 1. */
    public static double multiplierOf(String unit) {
        if (unit == null) {
            return 1;
        }
        if (unit.startsWith("万亿") || unit.startsWith("萬億")) {
            return 1e12;
        }
        char c = unit.isEmpty() ? ' ' : unit.charAt(0);
        switch (c) {
            case '万':
            case '萬':
                return 1e4;
            case '亿':
            case '億':
                return 1e8;
            case '千':
                return 1e3;
            case '百':
                return unit.startsWith("百分") ? 1 : 1e2;
            case '十':
                return 10;
            default:
                return 1;
        }
    }

    /** True when the unit is a money unit (元, 万元, 亿元 …) without a per-something denominator. */
    public static boolean isMoney(String unit) {
        return unit != null && unit.endsWith("元") && unit.indexOf('/') < 0 && unit.indexOf('／') < 0;
    }
}
