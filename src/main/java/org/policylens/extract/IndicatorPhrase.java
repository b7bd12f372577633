package org.policylens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylens.text.HanScript;

/**
 * Cuts the indicator noun phrase out of the words around a target number, following the labelling rule "the
 * minimal noun phrase, leading action verbs dropped, 增长/年均增长 kept for growth rates". Works on folded text by
 * index, so the phrase can be cut from the original characters.
 */
final class IndicatorPhrase {

    /**
     * The phrase left of a number.
     *
     * @param start            start of the noun phrase
     * @param end              end of the noun phrase (exclusive)
     * @param growthStart      start of a kept 增长 / 年均增长, or -1
     * @param endsWithVerb     the words right before the number are an action verb (建成300个…): the indicator follows the number
     * @param endsWithEnumerator the words end in 等 (…等5个…集群): the indicator follows the number
     * @param each             the words end in 各 (A和B各100家): one record per listed item
     * @param respectively     the words contain 分别 (A、B分别达到x、y): values map onto items in order
     */
    record Left(int start, int end, int growthStart, int growthEnd, boolean endsWithVerb, boolean endsWithEnumerator,
                boolean each, boolean respectively) {

        boolean isEmpty() {
            return end <= start;
        }
    }

    private static final Pattern YEAR_MARKER = Pattern.compile(
            "(?:力争|争取|计划|确保)?(?:到|至|在)?(?:19|20)[0-9]{2}年(?:底|末)?(?:前|之前|以前)?");
    private static final Pattern EACH_SUBJECT = Pattern.compile("各[县市区乡镇省地](?:\\([^)]*\\))?");

    private static final String[] LEADING = {
        "争取获评", "力争", "争取", "确保", "努力", "全年", "每年度", "每年", "年度", "同时", "其中", "以及", "并且", "另外",
        "累计", "培育形成", "动态培育", "基本建成", "全面建成", "制定实施", "制定发布", "组织制定", "滚动实施", "试点构建",
        "新增", "培育", "建成", "争创", "创建", "创成", "打造", "认定", "推动", "推进", "实施", "构建", "形成", "育成",
        "获评", "获批", "推荐", "设立", "建立", "引进", "新建", "、"};

    private static final String[] TRAILING = {
        "稳定达到", "力争达到", "要达到", "达到", "要达", "稳定在", "保持在", "控制在", "提升至", "提高到", "提高至", "增加到",
        "增至", "降至", "降到", "不低于", "不少于", "不高于", "不超过", "超过", "低于", "高于", "至少", "提升", "提高", "增加",
        "降低", "下降", "减少", "分别", "力争", "争取", "每年", "年均", "持续", "稳定", "保持", "累计", "达", "为", "在",
        "超", "均", "约", "各", "要", "将", "共"};

    private static final String[] VERBS = {
        "培育形成", "建成", "新建", "培育", "打造", "形成", "建立", "实施", "推动", "创建", "争创", "设立", "获批", "认定",
        "构建", "组建", "引进", "新增", "育成", "推荐", "评选", "完成", "发布", "制定", "开展", "带动", "吸引", "扶持",
        "帮扶", "服务", "培训", "改造", "创成", "拥有", "具有", "建", "有"};

    private IndicatorPhrase() {
    }

    /** The noun phrase in folded[from, to), the words left of a number. */
    static Left left(String s, int from, int to) {
        int start = skipSpace(s, from, to);
        int end = trimEnd(s, start, to);
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            Matcher m = YEAR_MARKER.matcher(s).region(start, end);
            if (m.lookingAt()) {
                start = m.end();
                changed = true;
            }
            m = EACH_SUBJECT.matcher(s).region(start, end);
            if (m.lookingAt() && m.end() < end) {
                start = m.end();
                changed = true;
            }
            for (String w : LEADING) {
                if (s.startsWith(w, start) && start + w.length() < end) {
                    start += w.length();
                    changed = true;
                    break;
                }
            }
            start = skipSpace(s, start, end);
        }
        boolean each = false;
        boolean respectively = false;
        boolean enumerator = false;
        int growthStart = -1;
        int growthEnd = -1;
        changed = true;
        while (changed && start < end) {
            changed = false;
            if (s.startsWith("等", end - 1)) {
                enumerator = true;
                end--;
                changed = true;
                continue;
            }
            if (growthStart < 0) {
                for (String g : new String[] {"年均增长", "增长"}) {
                    if (end - start > g.length() && s.startsWith(g, end - g.length())) {
                        end -= g.length();
                        growthStart = end;
                        growthEnd = end + g.length();
                        changed = true;
                        break;
                    }
                }
                if (changed) {
                    continue;
                }
            }
            for (String w : TRAILING) {
                if (end - start >= w.length() && s.startsWith(w, end - w.length())) {
                    end -= w.length();
                    each |= w.equals("各");
                    respectively |= w.equals("分别");
                    changed = true;
                    break;
                }
            }
            end = trimEnd(s, start, end);
        }
        boolean verb = false;
        for (String v : VERBS) {
            if (end - start >= v.length() && s.startsWith(v, end - v.length())) {
                verb = true;
                break;
            }
        }
        return new Left(start, end, growthStart, growthEnd, verb, enumerator, each, respectively);
    }

    /** The noun phrase right of a number, folded[from, to): up to the first top-level 、, without a leading 的. */
    static TextSpan right(String s, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        if (start < to && s.charAt(start) == '的') {
            start++;
        }
        int end = start;
        int depth = 0;
        while (end < to) {
            char c = s.charAt(end);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '、' || ClauseSplitter.isClauseSeparator(c))) {
                break;
            }
            end++;
        }
        end = trimEnd(s, start, end);
        return hasHan(s, start, end) ? new TextSpan(start, end) : null;
    }

    /** Splits folded[span] at top-level separators (brackets and quotes protect what they enclose). */
    static List<TextSpan> splitList(String s, TextSpan span, String separators) {
        List<TextSpan> out = new ArrayList<>();
        int depth = 0;
        int itemStart = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '“' || c == '《' || c == '"') {
                depth++;
            } else if ((c == ')' || c == '”' || c == '》') && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                addItem(s, itemStart, i, out);
                itemStart = i + 1;
            }
        }
        addItem(s, itemStart, span.end(), out);
        return out;
    }

    static boolean hasHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (HanScript.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addItem(String s, int start, int end, List<TextSpan> out) {
        start = skipSpace(s, start, end);
        end = trimEnd(s, start, end);
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }

    private static int skipSpace(String s, int i, int to) {
        while (i < to && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '、')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '、')) {
            end--;
        }
        return end;
    }
}
