package org.policylens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an enumerated phrase into the single items a 分别/各 sentence maps values onto, restoring the words the
 * items share:
 * <ul>
 *   <li>a leading verb that governs the whole list: 首次获得A、B、C → 首次获得A, 首次获得B, 首次获得C;</li>
 *   <li>a head noun written only after the last item: 国家级、省级中小学基地称号 → 国家级中小学基地称号,
 *       省级中小学基地称号; 国际标准、国家标准、行业标准制修订工作 → 国际标准制修订工作 …</li>
 * </ul>
 * Works on folded text by index; the items are returned as original text.
 */
final class ListDistributor {

    private static final Pattern LEADING_VERB = Pattern.compile(
            "(?:首次|新|再次|被)?(?:获得|获批|获评|荣获|获|主持|主导或参与|主导|参与|承担|入选|评为|认定为|认定|通过|创建|建成|取得|设立|引进)");

    private ListDistributor() {
    }

    /** The items of folded[span] split at the given separators, each completed with the shared verb and head. */
    static List<String> items(String text, String folded, TextSpan span, String separators) {
        List<TextSpan> parts = IndicatorPhrase.splitList(folded, span, separators);
        List<String> out = new ArrayList<>();
        if (parts.size() < 2) {
            if (!parts.isEmpty()) {
                out.add(text.substring(parts.get(0).start(), parts.get(0).end()));
            }
            return out;
        }
        String prefix = "";
        TextSpan first = parts.get(0);
        Matcher m = LEADING_VERB.matcher(folded).region(first.start(), first.end());
        int firstBody = first.start();
        if (m.lookingAt() && m.end() < first.end()) {
            prefix = text.substring(first.start(), m.end());
            firstBody = m.end();
        }
        String head = "";
        TextSpan last = parts.get(parts.size() - 1);
        int lastBodyEnd = last.end();
        char shared = 0;
        boolean shortModifiers = true;
        for (int i = 0; i < parts.size() - 1; i++) {
            int s = i == 0 ? firstBody : parts.get(i).start();
            TextSpan p = parts.get(i);
            char c = folded.charAt(p.end() - 1);
            shortModifiers &= p.end() - s <= 5 && (shared == 0 || shared == c);
            shared = c;
        }
        if (shortModifiers) {
            int cut = folded.indexOf(shared, last.start());
            if (cut >= 0 && cut < last.end() - 1 && cut - last.start() < 5
                    && !anEarlierItemIs(folded, parts, firstBody, folded.substring(last.start(), cut + 1))) {
                head = text.substring(cut + 1, last.end());
                lastBodyEnd = cut + 1;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            TextSpan p = parts.get(i);
            int s = i == 0 ? firstBody : p.start();
            int e = i == parts.size() - 1 ? lastBodyEnd : p.end();
            out.add(prefix + text.substring(s, e) + head);
        }
        return out;
    }

    /**
     * Whether one of the items before the last reads exactly like the start of the last one. Then the earlier items
     * are whole names and the last a longer name (中国质量奖、中国质量奖提名奖), not modifiers sharing its head noun.
     */
    private static boolean anEarlierItemIs(String folded, List<TextSpan> parts, int firstBody, String lastModifier) {
        for (int i = 0; i < parts.size() - 1; i++) {
            int s = i == 0 ? firstBody : parts.get(i).start();
            if (folded.substring(s, parts.get(i).end()).equals(lastModifier)) {
                return true;
            }
        }
        return false;
    }
}
