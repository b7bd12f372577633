package org.policylens.extract;

import org.policylens.model.Comparator;
import org.policylens.model.Target;
import org.policylens.text.ChineseUnit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts quantitative targets from a policy document, following the labelling rules of the gold set
 * (../shared/gold/README.md): one record per (indicator, value); 分别 lists mapped in order; shared values
 * (X、Y达到98%以上) and 各N split per item; 建立10个国家级、20个省级…单位 lists given their shared head noun;
 * year scoping by {@link YearScopeTracker}; comparator by {@link ComparatorReader}; the indicator by
 * {@link IndicatorPhrase}. Matching runs on a char-for-char folded copy (Simplified, half-width) while everything
 * returned is cut from the original text. Offsets are code point offsets.
 */
public final class TargetExtractor {

    /** Words that show a clause states a fact or a scope rather than a goal. */
    private static final String[] HISTORY_WORDS = {"截至", "截止", "已有", "现有", "已经", "已达", "已建成", "目前", "同比",
        "比上年", "较上年", "上年"};
    private static final String[] SCOPE_OPENERS = {"聚焦", "围绕", "针对", "依托", "按照", "根据", "在", "以"};
    /** Items whose values cannot be added up: a shared value applies to each of them. */
    private static final String[] RATE_ENDINGS = {"率", "比重", "比例", "占比", "指数", "满意度", "浓度"};

    /** A target in the making, with char offsets into the document. */
    private static final class Draft {
        final NumberToken token;
        String indicator;
        int quoteStart;
        int quoteEnd;
        Comparator comparator;
        boolean perYear;
        boolean rightType;
        boolean listContinuation; // separated from the previous number by 、 only
        IndicatorPhrase.Left left;
        TextSpan right;
        boolean headAttached;

        Draft(NumberToken token) {
            this.token = token;
        }
    }

    /** All targets in {@code documentText}, in document order. Never throws on any input. */
    public List<Target> extract(String documentText) {
        if (documentText == null || documentText.isEmpty()) {
            return List.of();
        }
        String folded = MatchingFold.fold(documentText);
        List<TextSpan> paragraphs = ClauseSplitter.paragraphs(folded);
        YearScopeTracker years = YearScopeTracker.scan(folded, paragraphs);
        QuoteLocator quotes = new QuoteLocator(folded);
        List<Target> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TextSpan paragraph : paragraphs) {
            // Targets need a number: a paragraph or sentence without a digit has no clause to read.
            if (!NumberTokenFinder.mayHoldNumber(folded, paragraph)) {
                continue;
            }
            for (TextSpan sentence : ClauseSplitter.sentences(folded, paragraph)) {
                if (!NumberTokenFinder.mayHoldNumber(folded, sentence)) {
                    continue;
                }
                boolean rewardSentence = SubsidyWords.hasTrigger(folded, sentence);
                List<TextSpan> clauses = ClauseSplitter.clauses(folded, sentence);
                for (int ci = 0; ci < clauses.size(); ci++) {
                    TextSpan clause = clauses.get(ci);
                    if (!NumberTokenFinder.mayHoldNumber(folded, clause) || isFactOrScope(folded, clause)) {
                        continue;
                    }
                    List<NumberToken> tokens = new ArrayList<>();
                    for (NumberToken t : NumberTokenFinder.find(folded, clause, paragraph.start())) {
                        String unit = folded.substring(t.numberEnd(), t.unitEnd());
                        if (rewardSentence && ChineseUnit.isMoney(unit)) {
                            continue; // money promised as a reward belongs to the subsidies
                        }
                        tokens.add(t);
                    }
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    TextSpan previous = ci > 0 ? clauses.get(ci - 1) : null;
                    for (Draft d : draftsOf(documentText, folded, clause, previous, tokens)) {
                        TextSpan q = quotes.unique(d.quoteStart, d.quoteEnd, paragraph);
                        Target target = toTarget(documentText, folded, d, years.yearAt(d.token.start()), q);
                        String key = target.start() + "|" + target.end() + "|" + target.value() + "|" + target.indicator();
                        if (seen.add(key)) {
                            out.add(target);
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<Draft> draftsOf(String text, String folded, TextSpan clause, TextSpan previousClause,
                                 List<NumberToken> tokens) {
        List<Draft> drafts = new ArrayList<>();
        Draft previousDraft = null;
        for (int i = 0; i < tokens.size(); i++) {
            NumberToken t = tokens.get(i);
            int leftFrom = i > 0 ? tokens.get(i - 1).end() : clause.start();
            if (previousDraft != null && previousDraft.token == tokens.get(i - 1) && previousDraft.rightType
                    && previousDraft.right.end() <= t.start()) {
                leftFrom = previousDraft.right.end(); // 10个国家级、20个省级: 国家级 belongs to the number before
            }
            Draft d = new Draft(t);
            d.listContinuation = i > 0 && folded.substring(leftFrom, t.start()).strip().startsWith("、");
            d.left = IndicatorPhrase.left(folded, leftFrom, t.start());
            d.right = IndicatorPhrase.right(folded, t.end(), clause.end());
            d.comparator = ComparatorReader.read(folded.substring(leftFrom, t.start()),
                    folded.substring(t.unitEnd(), t.end()));
            d.perYear = containsAny(folded.substring(clause.start(), t.start()), "每年", "年度", "年均");
            IndicatorPhrase.Left l = d.left;
            boolean leftUsable = !l.isEmpty() && !l.endsWithVerb() && !l.endsWithEnumerator();
            if (!leftUsable && d.right != null) {
                d.rightType = true;
                d.indicator = text.substring(d.right.start(), d.right.end());
                d.quoteStart = l.isEmpty() ? t.start() : l.start();
                d.quoteEnd = d.right.end();
            } else if (!l.isEmpty()) {
                d.indicator = leftIndicator(text, l);
                d.quoteStart = l.start();
                d.quoteEnd = t.end();
                if (d.right != null && folded.charAt(skipSpaces(folded, t.end())) == '的' && l.end() - l.start() <= 4) {
                    // 省域1小时…的交通圈: the head noun after 的 completes a short modifier
                    d.indicator = d.indicator + text.substring(d.right.start(), d.right.end());
                    d.quoteEnd = d.right.end();
                    d.headAttached = true;
                }
            } else if (previousClause != null && i == 0) {
                // …平均浓度持续下降,稳定达到35微克/立方米: the subject is in the clause before
                IndicatorPhrase.Left prev = IndicatorPhrase.left(folded, previousClause.start(), previousClause.end());
                if (prev.isEmpty() || prev.endsWithVerb() && prev.end() - prev.start() <= 2) {
                    continue;
                }
                d.left = prev;
                d.indicator = leftIndicator(text, prev);
                d.quoteStart = prev.start();
                d.quoteEnd = t.end();
            } else if (d.listContinuation) {
                // a bare value in a list (…分别达到30万元/亩、30万元/人·年、140万元/亩): the 分别 mapping names it
                d.indicator = null;
                d.quoteStart = t.start();
                d.quoteEnd = t.end();
            } else {
                continue;
            }
            drafts.add(d);
            previousDraft = d;
        }
        propagateTrailingAbout(drafts, folded);
        distributeSharedHead(drafts, text, folded);
        attachSharedDeHead(drafts, text, folded);
        List<Draft> expanded = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.rightType && d.left.respectively()) {
                int k = 1;
                while (i + k < drafts.size() && drafts.get(i + k).listContinuation && !drafts.get(i + k).rightType) {
                    k++;
                }
                List<TextSpan> items = IndicatorPhrase.splitList(folded, new TextSpan(d.left.start(), d.left.end()), "、");
                if (items.size() == k && k > 1) {
                    int quoteEnd = drafts.get(i + k - 1).token.end();
                    for (int m = 0; m < k; m++) {
                        Draft x = drafts.get(i + m);
                        x.indicator = text.substring(items.get(m).start(), items.get(m).end());
                        x.quoteStart = d.left.start();
                        x.quoteEnd = quoteEnd;
                        expanded.add(x);
                    }
                    i += k - 1;
                    continue;
                }
            }
            if (!d.rightType && !d.headAttached) {
                TextSpan phrase = new TextSpan(d.left.start(), d.left.end());
                List<TextSpan> items = d.left.each()
                        ? IndicatorPhrase.splitList(folded, phrase, "、和及与")
                        : IndicatorPhrase.splitList(folded, phrase, "、");
                if (items.size() > 1 && (d.left.each() || isNonAdditive(folded, d, items))) {
                    for (TextSpan item : items) {
                        Draft x = copy(d);
                        x.indicator = text.substring(item.start(), item.end());
                        expanded.add(x);
                    }
                    continue;
                }
            }
            expanded.add(d);
        }
        expanded.removeIf(d -> d.indicator == null || !IndicatorPhrase.hasHan(d.indicator, 0, d.indicator.length())
                || d.indicator.length() > 60);
        return expanded;
    }

    /** A single trailing 左右 after a list (A200个、B40个、C100个左右) applies to every item of it. */
    private static void propagateTrailingAbout(List<Draft> drafts, String folded) {
        int i = 0;
        while (i < drafts.size()) {
            int j = i;
            while (j + 1 < drafts.size() && drafts.get(j + 1).listContinuation) {
                j++;
            }
            Draft last = drafts.get(j);
            if (j > i && last.comparator == Comparator.ABOUT && last.token.hasQualifier()) {
                boolean othersBare = true;
                for (int k = i; k < j; k++) {
                    othersBare &= !drafts.get(k).token.hasQualifier();
                }
                if (othersBare) {
                    for (int k = i; k < j; k++) {
                        drafts.get(k).comparator = Comparator.ABOUT;
                    }
                }
            }
            i = j + 1;
        }
    }

    /**
     * 建立10个国家级、20个省级、30个市级服务标准化试点单位: the short modifiers before the last item share its head
     * noun (服务标准化试点单位), found after the modifier's last character (级) in the last item.
     */
    private static void distributeSharedHead(List<Draft> drafts, String text, String folded) {
        int i = 0;
        while (i < drafts.size()) {
            int j = i;
            while (j + 1 < drafts.size() && drafts.get(j + 1).listContinuation && drafts.get(j + 1).rightType) {
                j++;
            }
            if (j > i && drafts.get(i).rightType) {
                Draft last = drafts.get(j);
                char shared = 0;
                boolean ok = true;
                for (int k = i; k < j; k++) {
                    TextSpan r = drafts.get(k).right;
                    char c = folded.charAt(r.end() - 1);
                    ok &= r.length() <= 4 && (shared == 0 || shared == c);
                    shared = c;
                }
                int cut = ok ? folded.indexOf(shared, last.right.start()) : -1;
                if (ok && cut >= 0 && cut - last.right.start() < 4 && cut + 1 < last.right.end()) {
                    String head = text.substring(cut + 1, last.right.end());
                    for (int k = i; k <= j; k++) {
                        Draft d = drafts.get(k);
                        if (k < j) {
                            d.indicator = d.indicator + head;
                        }
                        d.quoteStart = drafts.get(i).quoteStart;
                        d.quoteEnd = last.right.end();
                    }
                }
            }
            i = j + 1;
        }
    }

    /** 省域1小时、市域1小时、城区1小时的交通圈: every short modifier of the list takes the head after 的. */
    private static void attachSharedDeHead(List<Draft> drafts, String text, String folded) {
        for (int j = 1; j < drafts.size(); j++) {
            Draft last = drafts.get(j);
            if (!last.headAttached) {
                continue;
            }
            int i = j;
            while (i > 0 && drafts.get(i).listContinuation && !drafts.get(i - 1).rightType
                    && drafts.get(i - 1).left.end() - drafts.get(i - 1).left.start() <= 4) {
                i--;
            }
            String head = text.substring(last.right.start(), last.right.end());
            for (int k = i; k < j; k++) {
                Draft d = drafts.get(k);
                d.indicator = text.substring(d.left.start(), d.left.end()) + head;
                d.headAttached = true;
            }
            for (int k = i; k <= j; k++) {
                drafts.get(k).quoteStart = drafts.get(i).quoteStart;
                drafts.get(k).quoteEnd = last.quoteEnd;
            }
        }
    }

    /** A shared value is split per item only for rates and shares, which cannot be added up (unlike counts). */
    private static boolean isNonAdditive(String folded, Draft d, List<TextSpan> items) {
        String unit = folded.substring(d.token.numberEnd(), d.token.unitEnd());
        boolean allRates = true;
        boolean allLong = true;
        for (TextSpan item : items) {
            String s = folded.substring(item.start(), item.end());
            allRates &= endsWithAny(s, RATE_ENDINGS);
            allLong &= s.length() >= 4;
        }
        return allRates || (unit.equals("%") || unit.equals("‰")) && allLong;
    }

    private static String leftIndicator(String text, IndicatorPhrase.Left l) {
        String s = text.substring(l.start(), l.end());
        if (l.growthStart() >= 0) {
            s += text.substring(l.growthStart(), l.growthEnd());
        }
        return s;
    }

    private static Draft copy(Draft d) {
        Draft x = new Draft(d.token);
        x.indicator = d.indicator;
        x.quoteStart = d.quoteStart;
        x.quoteEnd = d.quoteEnd;
        x.comparator = d.comparator;
        x.perYear = d.perYear;
        x.rightType = d.rightType;
        x.listContinuation = d.listContinuation;
        x.left = d.left;
        x.right = d.right;
        x.headAttached = d.headAttached;
        return x;
    }

    private static Target toTarget(String text, String folded, Draft d, Integer year, TextSpan quote) {
        NumberToken t = d.token;
        String unit = t.hasUnit() ? text.substring(t.numberEnd(), t.unitEnd()) : null;
        int start = text.codePointCount(0, quote.start());
        int end = start + text.codePointCount(quote.start(), quote.end());
        return new Target(d.indicator, t.value(), t.valueMax(), unit, d.comparator, year, d.perYear,
                text.substring(quote.start(), quote.end()), start, end);
    }

    private static boolean isFactOrScope(String folded, TextSpan clause) {
        String c = folded.substring(clause.start(), clause.end());
        if (containsAny(c, HISTORY_WORDS)) {
            return true;
        }
        for (String opener : SCOPE_OPENERS) {
            if (c.startsWith(opener) && !c.startsWith("以上") && !c.startsWith("以下") && !c.startsWith("在此")) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return Math.min(i, s.length() - 1);
    }

    static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
