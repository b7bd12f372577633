package org.policylens.ui.subsidies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policylens.text.ScriptFolder;

/**
 * Groups subsidy items into families, so that the same award lines up across regions: 首次獲得中國質量獎 (Hefei,
 * Traditional) and 获得中国质量奖 (elsewhere) are both the family 中国质量奖.
 *
 * <p>The rule is general, not a list of awards: fold the item (Simplified, half-width), strip the verbs that only
 * say how the award is earned (首次获得, 荣获, 被评为 …) and trailing 称号/荣誉, then put items with the same text
 * in one family, or with nearly the same text (character-bigram overlap of {@value #SIMILAR} or more), which
 * tolerates a stray character but keeps 中国质量奖 apart from 中国质量奖提名奖.
 */
public final class SubsidyFamilies {

    static final double SIMILAR = 0.8;

    private static final Pattern LEADING_VERBS = Pattern.compile(
            "^(?:对|对于|凡)?(?:首次|新|再次|当年)?(?:获得|获评|获批|荣获|被评为|被认定为|认定为|评为|入选|列入|获)?");
    private static final Pattern TRAILING = Pattern.compile("(?:称号|荣誉)+$");
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'《》〈〉「」『』()（）]");

    /** A family and the text it goes by. */
    public record Family(String key, String label) {
    }

    private final List<Family> families = new ArrayList<>();

    /** The family of {@code item}: an existing one when the item matches it, otherwise a new one. */
    public Family familyOf(String item) {
        String core = core(item);
        for (Family f : families) {
            if (f.key().equals(core)) {
                return f;
            }
        }
        for (Family f : families) {
            if (similarity(f.key(), core) >= SIMILAR) {
                return f;
            }
        }
        Family created = new Family(core, core);
        families.add(created);
        return created;
    }

    /** The item without script differences, quotes and the words that say how it is earned. */
    static String core(String item) {
        String s = NOISE.matcher(ScriptFolder.fold(item)).replaceAll("");
        String stripped = TRAILING.matcher(LEADING_VERBS.matcher(s).replaceFirst("")).replaceFirst("");
        // An item that is nothing but those words (rare) keeps its folded text rather than becoming empty.
        return stripped.isEmpty() ? s : stripped;
    }

    /** Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }
}
