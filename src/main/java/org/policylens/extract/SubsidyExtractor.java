package org.policylens.extract;

import org.policylens.model.Subsidy;
import org.policylens.text.ChineseNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts promised money: rewards, grants and subsidies (奖励, 一次性奖励, 资助, 补助, 补贴, 资金支持 …, and
 * their Traditional forms through folding). One record per amount: 分别给予A、B、C maps amounts onto the enumerated
 * items in order; 各奖励N gives one record per listed award; caps (最高 / 不超过 N万元) are kept in the amount text;
 * reward tables are read by {@link RewardTableReader}.
 */
public final class SubsidyExtractor {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(最高|不超过|最多|上限为?)\\s*)?(?<![0-9.])([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千]+)\\s*(万亿|亿|万|千)?元");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[0-9]{1,2}[、.]|\\([0-9一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");
    private static final String[] CONDITION_OPENERS = {"对于", "对", "凡是", "凡", "获得", "经"};
    private static final String[] FILLER = {"按照规定", "按规定", "按照有关规定", "经认定", "经审核", "经考核", "视情况", "根据实际"};

    /** An amount in folded text: span including a cap word, and the span of the number + unit. */
    private record Amount(int start, int end) {
    }

    /** All subsidies in {@code documentText}, in document order. Never throws on any input. */
    public List<Subsidy> extract(String documentText) {
        if (documentText == null || documentText.isEmpty()) {
            return List.of();
        }
        String folded = MatchingFold.fold(documentText);
        List<Subsidy> out = new ArrayList<>();
        List<TextSpan> tableRows = new ArrayList<>();
        List<TextSpan> paragraphs = ClauseSplitter.paragraphs(folded);
        out.addAll(RewardTableReader.read(documentText, folded, paragraphs, tableRows));
        for (TextSpan paragraph : paragraphs) {
            // A sentence can only hold a trigger word its paragraph holds.
            if (insideAny(paragraph, tableRows) || !SubsidyWords.hasTrigger(folded, paragraph)) {
                continue;
            }
            for (TextSpan sentence : ClauseSplitter.sentences(folded, paragraph)) {
                if (SubsidyWords.hasTrigger(folded, sentence)) {
                    readSentence(documentText, folded, sentence, out);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Subsidy::start));
        return out;
    }

    private void readSentence(String text, String folded, TextSpan sentence, List<Subsidy> out) {
        List<TextSpan> clauses = ClauseSplitter.clauses(folded, sentence);
        for (int ci = 0; ci < clauses.size(); ci++) {
            TextSpan clause = clauses.get(ci);
            List<Amount> amounts = amounts(folded, clause);
            if (amounts.isEmpty()) {
                continue;
            }
            String c = folded.substring(clause.start(), clause.end());
            int firstAmount = amounts.get(0).start();
            int lastAmount = amounts.get(amounts.size() - 1).end();
            // the kind: after the amounts (…20万元的一次性奖励), else before them (奖励100万元), else any in the sentence
            int kindStart = -1;
            int kindEnd = -1;
            int k = lastAmount;
            if (k < clause.end() && folded.charAt(k) == '的') {
                k++;
            }
            String kind = kindAt(folded, k);
            if (kind != null) {
                kindStart = k;
                kindEnd = k + kind.length();
            } else {
                for (int i = firstAmount - 1; i >= clause.start() && kindStart < 0; i--) {
                    String w = kindAt(folded, i);
                    if (w != null && i + w.length() <= firstAmount) {
                        kindStart = i;
                        kindEnd = i + w.length();
                        if (i >= 3 && folded.startsWith("一次性", i - 3)) {
                            kindStart = i - 3; // 给予一次性奖励100万元: the longer word is the kind
                        }
                    }
                }
            }
            if (kindStart < 0) {
                int give = c.indexOf("给予");
                if (give < 0 || !SubsidyWords.hasTrigger(folded, sentence)) {
                    continue; // an amount with no promise of money around it
                }
                kindStart = clause.start() + give;
                kindEnd = kindStart + 2;
            }
            String kindText = text.substring(kindStart, kindEnd);
            // the recipient: between 给予 and the first amount (给予企业200万元)
            String recipient = null;
            int give = c.indexOf("给予");
            int recipientEnd = kindEnd <= firstAmount ? Math.min(firstAmount, kindStart) : firstAmount;
            if (give >= 0 && clause.start() + give + 2 < recipientEnd) {
                recipient = cleanRecipient(text, folded, clause.start() + give + 2, recipientEnd);
            }
            // the condition: 对…的 in this clause or in the clauses before it
            TextSpan condition = condition(folded, clauses, ci, give >= 0 ? clause.start() + give
                    : Math.min(firstAmount, kindStart));
            String item;
            TextSpan itemSpan = null;
            int quoteStart;
            if (condition != null) {
                int de = lastTopLevelDe(folded, condition);
                itemSpan = de > condition.start() ? new TextSpan(condition.start(), de) : condition;
                if (de > condition.start() && recipient == null && de + 1 < condition.end()) {
                    recipient = cleanRecipient(text, folded, de + 1, condition.end());
                }
                item = text.substring(itemSpan.start(), itemSpan.end());
                quoteStart = openerStart(folded, condition);
            } else {
                item = text.substring(clause.start(), firstAmount).strip();
                quoteStart = clause.start();
            }
            int quoteEnd = Math.max(kindEnd, lastAmount);
            String quote = text.substring(quoteStart, quoteEnd);
            int qs = text.codePointCount(0, quoteStart);
            int qe = qs + text.codePointCount(quoteStart, quoteEnd);
            boolean each = folded.substring(clause.start(), firstAmount).contains("各");
            List<String> items = List.of(item);
            if (itemSpan != null && (amounts.size() > 1 || each)) {
                List<String> split = ListDistributor.items(text, folded, itemSpan, each ? "、和及与" : "、");
                if (each || split.size() == amounts.size()) {
                    items = split;
                }
            }
            if (each && amounts.size() == 1) {
                for (String it : items) {
                    add(out, it, recipient, text, amounts.get(0), kindText, quote, qs, qe);
                }
            } else {
                for (int a = 0; a < amounts.size(); a++) {
                    String it = items.size() == amounts.size() ? items.get(a) : item;
                    add(out, it, recipient, text, amounts.get(a), kindText, quote, qs, qe);
                }
            }
        }
    }

    private static void add(List<Subsidy> out, String item, String recipient, String text, Amount amount, String kind,
                            String quote, int qs, int qe) {
        String amountText = text.substring(amount.start(), amount.end());
        OptionalLong yuan = ChineseNumber.toYuan(amountText.replace(" ", ""));
        if (yuan.isEmpty() || item.isBlank()) {
            return;
        }
        out.add(new Subsidy(item.strip(), recipient, yuan.getAsLong(), amountText, kind, quote, qs, qe));
    }

    private static List<Amount> amounts(String folded, TextSpan clause) {
        List<Amount> out = new ArrayList<>();
        int yuan = folded.indexOf('元', clause.start());
        if (yuan < 0 || yuan >= clause.end()) {
            return out; // every amount ends with 元
        }
        Matcher m = AMOUNT.matcher(folded).region(clause.start(), clause.end());
        while (m.find()) {
            if (folded.startsWith("/", m.end())) {
                continue; // 30万元/亩 is a rate, not money promised
            }
            out.add(new Amount(m.start(), m.end()));
        }
        return out;
    }

    private static String kindAt(String folded, int index) {
        for (String k : SubsidyWords.KINDS) {
            if (folded.startsWith(k, index)) {
                return k;
            }
        }
        return null;
    }

    /** The condition phrase (after 对 / 凡 …, without a heading label) that earns the money, or null. */
    private static TextSpan condition(String folded, List<TextSpan> clauses, int grantClause, int grantStart) {
        TextSpan own = clauses.get(grantClause);
        TextSpan inOwn = opener(folded, new TextSpan(own.start(), grantStart));
        if (inOwn != null) {
            return inOwn;
        }
        TextSpan fallback = null;
        for (int i = grantClause - 1; i >= 0 && i >= grantClause - 3; i--) {
            TextSpan c = clauses.get(i);
            String s = folded.substring(c.start(), c.end());
            if (isFiller(s)) {
                continue;
            }
            TextSpan opened = opener(folded, c);
            if (opened != null) {
                return opened;
            }
            if (fallback == null) {
                fallback = stripLabel(folded, c);
            }
        }
        return fallback;
    }

    /** The part of span after a 对/凡 opener, or null when the span does not open with one. */
    private static TextSpan opener(String folded, TextSpan span) {
        TextSpan s = stripLabel(folded, span);
        if (s == null) {
            return null;
        }
        for (String o : CONDITION_OPENERS) {
            if (folded.startsWith(o, s.start()) && s.start() + o.length() < s.end()) {
                int start = o.equals("获得") ? s.start() : s.start() + o.length();
                return new TextSpan(start, s.end());
            }
        }
        int dui = folded.substring(s.start(), s.end()).indexOf('对');
        if (dui >= 0 && folded.substring(s.start() + dui, s.end()).contains("的")) {
            return new TextSpan(s.start() + dui + 1, s.end());
        }
        return null;
    }

    private static int openerStart(String folded, TextSpan condition) {
        for (String o : CONDITION_OPENERS) {
            int s = condition.start() - o.length();
            if (s >= 0 && folded.startsWith(o, s) && !o.equals("获得")) {
                return s;
            }
        }
        return condition.start();
    }

    private static TextSpan stripLabel(String folded, TextSpan span) {
        Matcher m = LABEL.matcher(folded).region(span.start(), span.end());
        int start = m.lookingAt() ? m.end() : span.start();
        while (start < span.end() && Character.isWhitespace(folded.charAt(start))) {
            start++;
        }
        return start < span.end() ? new TextSpan(start, span.end()) : null;
    }

    private static int lastTopLevelDe(String folded, TextSpan span) {
        int depth = 0;
        int last = -1;
        for (int i = span.start(); i < span.end(); i++) {
            char c = folded.charAt(i);
            if (c == '(' || c == '“') {
                depth++;
            } else if ((c == ')' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '的' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    private static String cleanRecipient(String text, String folded, int from, int to) {
        int s = from;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : new String[] {"按照规定", "按规定", "分别", "最高", "一次性", "每个", "每家", " "}) {
                if (folded.startsWith(w, s) && s + w.length() <= to) {
                    s += w.length();
                    changed = true;
                }
            }
        }
        String t = text.substring(s, to).strip();
        return IndicatorPhrase.hasHan(t, 0, t.length()) ? t : null;
    }

    private static boolean isFiller(String s) {
        for (String f : FILLER) {
            if (s.equals(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(TextSpan span, List<TextSpan> spans) {
        for (TextSpan s : spans) {
            if (span.start() >= s.start() && span.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
