package org.policylens.extract;

import org.policylens.text.HeadingLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which target year governs each character of a document, following the labelling rules:
 * <ul>
 *   <li>a paragraph that opens with a year marker (到2025年, / 2023年, / 2025年底前), possibly after its heading
 *       label and a short title sentence, is scoped by that year, and so are the —— bullets and unlabelled lines
 *       after it until the next heading or marker;</li>
 *   <li>a heading line that carries a year (（一）2025年目标) scopes the block beneath it;</li>
 *   <li>a marker in the middle of a paragraph scopes the rest of its sentence only (。), or until the next marker;</li>
 *   <li>text before a marker and sections that state no year get no year.</li>
 * </ul>
 * Plan periods (2023—2027年), dates (2012年12月25日), years inside book titles 《…》 and baselines (较2020年) are
 * not markers.
 */
final class YearScopeTracker {

    /** A target-year marker: its span (including a leading 到/力争到) and the year. */
    record YearMarker(int start, int end, int year) {
    }

    private static final Pattern MARKER = Pattern.compile(
            "(?<prefix>(?:力争|争取|计划|预计|确保)?(?:到|至|于|在)\\s*)?(?<year>(?:19|20)[0-9]{2})\\s*年"
                    + "(?<suffix>(?:底|末)?(?:前|之前|以前)?)");

    /** Chars of the longest prefix word of a marker before its whitespace: 力争到. */
    private static final int LONGEST_PREFIX_WORDS = 3;

    private final int[] years;

    private YearScopeTracker(int length) {
        years = new int[length];
    }

    /**
     * The scoping of {@code folded} (the folded copy of a document).
     *
     * @param paragraphs its {@linkplain ClauseSplitter#paragraphs paragraphs}
     */
    static YearScopeTracker scan(String folded, List<TextSpan> paragraphs) {
        YearScopeTracker tracker = new YearScopeTracker(folded.length());
        tracker.fill(folded, paragraphs);
        return tracker;
    }

    /** The year governing char index {@code index}, or null. */
    Integer yearAt(int index) {
        if (index < 0 || index >= years.length) {
            return null;
        }
        return years[index] == 0 ? null : years[index];
    }

    /** All target-year markers in a range of folded text, in order. */
    static List<YearMarker> markers(String folded, TextSpan range) {
        List<YearMarker> out = new ArrayList<>();
        int earliest = earliestMarkerStart(folded, range);
        if (earliest < 0) {
            return out; // most paragraphs: the regex would try its prefixes at every char for nothing
        }
        Matcher m = MARKER.matcher(folded);
        m.region(earliest, range.end());
        while (m.find()) {
            int yStart = m.start("year");
            int end = m.end();
            char before = yStart > 0 ? folded.charAt(yStart - 1) : ' ';
            char after = end < folded.length() ? folded.charAt(end) : ' ';
            if (Character.isDigit(before) || "-—–~(《".indexOf(before) >= 0 && m.group("prefix") == null) {
                continue; // the end of a plan period (2017-2019年) or a title
            }
            if (Character.isDigit(after) && isDate(folded, end) || !Character.isDigit(after) && "月-—–~至)度".indexOf(after) >= 0
                    && m.group("suffix").isEmpty() || Character.isDigit(after) && m.group("prefix") == null) {
                continue; // a date (2012年12月) or the start of a plan period (2023—2027年)
            }
            boolean hasPrefix = m.group("prefix") != null;
            if (hasPrefix && m.start() > 0 && Character.isDigit(folded.charAt(m.start() - 1))) {
                continue; // 2023至2027年: the end of a period, not a target year
            }
            boolean hasSuffix = !m.group("suffix").isEmpty();
            boolean commaAfter = after == ',' || after == ' ';
            if (!hasPrefix && !hasSuffix && !commaAfter) {
                continue;
            }
            if (isBaseline(folded, m.start()) || insideTitle(folded, range.start(), m.start())) {
                continue;
            }
            out.add(new YearMarker(m.start(), end, Integer.parseInt(m.group("year"))));
        }
        return out;
    }

    /**
     * Where in the range the first {@link #MARKER} match can start at the earliest, or -1 if there can be none.
     * Every match holds a year 19xx or 20xx followed by 年 (perhaps with whitespace between) and starts at most a
     * prefix (力争到, then whitespace) before the year's first digit; the first such year gives the bound, since a
     * later year's prefix cannot reach back across it.
     */
    private static int earliestMarkerStart(String folded, TextSpan range) {
        for (int i = folded.indexOf('年', range.start()); i >= 0 && i < range.end(); i = folded.indexOf('年', i + 1)) {
            int last = i - 1;
            while (last >= range.start() && isRegexSpace(folded.charAt(last))) {
                last--;
            }
            int first = last - 3;
            if (first >= range.start() && isAsciiDigit(folded.charAt(first + 2)) && isAsciiDigit(folded.charAt(last))
                    && (folded.startsWith("19", first) || folded.startsWith("20", first))) {
                int start = first;
                while (start > range.start() && isRegexSpace(folded.charAt(start - 1))) {
                    start--;
                }
                return Math.max(range.start(), start - LONGEST_PREFIX_WORDS);
            }
        }
        return -1;
    }

    /** What {@code \s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void fill(String folded, List<TextSpan> paragraphs) {
        Integer blockYear = null;
        int yearHeadingDepth = Integer.MAX_VALUE; // depth of a heading that carries the block year, if any
        for (TextSpan p : paragraphs) {
            String line = folded.substring(p.start(), p.end());
            Optional<HeadingLabel> label = HeadingLabel.parse(line);
            boolean bullet = label.isPresent() && label.get().kind() == HeadingLabel.Kind.DASH_BULLET;
            int depth = label.map(l -> l.kind().ordinal()).orElse(Integer.MAX_VALUE);
            if (label.isPresent() && !bullet && depth <= yearHeadingDepth) {
                blockYear = null; // a new heading ends the block a year was given to
                yearHeadingDepth = Integer.MAX_VALUE;
            }
            List<YearMarker> markers = markers(folded, p);
            if (label.isPresent() && !bullet && !markers.isEmpty() && isHeadingOnly(line)) {
                blockYear = markers.get(0).year();
                yearHeadingDepth = depth;
                fillRange(p.start(), p.end(), blockYear);
                continue;
            }
            int bodyStart = p.start() + label.map(l -> l.label().length()).orElse(0);
            int paraYear = blockYear == null ? 0 : blockYear;
            fillRange(p.start(), p.end(), paraYear);
            if (markers.isEmpty()) {
                continue;
            }
            YearMarker first = markers.get(0);
            if (opensBody(folded, bodyStart, first.start())) {
                paraYear = first.year();
                blockYear = first.year();
                fillRange(first.start(), p.end(), paraYear);
            }
            // every marker governs the rest of its sentence, or up to the next marker
            for (int k = 0; k < markers.size(); k++) {
                YearMarker mk = markers.get(k);
                int sentenceEnd = sentenceEnd(folded, mk.end(), p.end());
                int until = k + 1 < markers.size() ? Math.min(sentenceEnd, markers.get(k + 1).start()) : sentenceEnd;
                fillRange(mk.start(), until, mk.year());
                if (k + 1 < markers.size() && markers.get(k + 1).start() >= sentenceEnd) {
                    continue;
                }
            }
            // after a mid-paragraph marker's sentence, the paragraph year applies again (already filled);
            // a later paragraph-opening marker cannot exist, so nothing else to do
        }
    }

    /** Digits followed by 月: the month of a date (2012年12月25日). */
    private static boolean isDate(String folded, int from) {
        int i = from;
        while (i < folded.length() && Character.isDigit(folded.charAt(i))) {
            i++;
        }
        return i < folded.length() && folded.charAt(i) == '月';
    }

    /** True when the marker opens the paragraph body, possibly after one short title sentence (1、质量安全。到2015年). */
    private static boolean opensBody(String folded, int bodyStart, int markerStart) {
        int i = bodyStart;
        while (i < markerStart && Character.isWhitespace(folded.charAt(i))) {
            i++;
        }
        if (i == markerStart) {
            return true;
        }
        int stop = folded.indexOf('。', i);
        if (stop < 0 || stop >= markerStart || stop - i > 25) {
            return false;
        }
        for (int j = i; j < stop; j++) {
            if (Character.isDigit(folded.charAt(j)) || folded.charAt(j) == ',') {
                return false;
            }
        }
        int k = stop + 1;
        while (k < markerStart && Character.isWhitespace(folded.charAt(k))) {
            k++;
        }
        return k == markerStart;
    }

    private static boolean isHeadingOnly(String line) {
        String t = line.strip();
        int stop = t.indexOf('。');
        return t.length() <= 40 && (stop < 0 || stop == t.length() - 1) && t.indexOf(',') < 0;
    }

    private static int sentenceEnd(String folded, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (ClauseSplitter.isSentenceStop(folded.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** 较2020年 / 比2020年 / 与2020年相比: a baseline year, not a target year. */
    private static boolean isBaseline(String folded, int start) {
        if (start == 0) {
            return false;
        }
        char c = folded.charAt(start - 1);
        return c == '较' || c == '比' || c == '与' || c == '同' || c == '自' || c == '从';
    }

    private static boolean insideTitle(String folded, int from, int index) {
        int open = folded.lastIndexOf('《', index);
        if (open < from) {
            return false;
        }
        int close = folded.indexOf('》', open);
        return close < 0 || close > index;
    }

    private void fillRange(int start, int end, int year) {
        for (int i = Math.max(0, start); i < Math.min(end, years.length); i++) {
            years[i] = year;
        }
    }
}
