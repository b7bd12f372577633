package org.policylens.compare;

import org.policylens.model.IndicatorGroup;
import org.policylens.model.Target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Lines targets up across regions: every target gets a canonical {@code indicatorKey}.
 * <ol>
 *   <li>a dictionary variant equal to the folded indicator (Traditional and Simplified fold together);</li>
 *   <li>else the longest dictionary variant (≥ 4 chars) contained in the indicator, or containing it, whose unit
 *       kind is compatible;</li>
 *   <li>else the dictionary variant with the highest character-bigram Dice ≥ {@value #DICE_THRESHOLD} and a
 *       compatible unit;</li>
 *   <li>else a stable key derived from the folded indicator and unit kind ({@code x_<hash>}), so that the same
 *       indicator written the same way in two documents or two years shares a key. {@link #align} further merges
 *       such ungrouped indicators with each other by the same Dice and unit rule.</li>
 * </ol>
 */
public final class IndicatorAlignment {

    static final double DICE_THRESHOLD = 0.75;
    private static final Pattern COUNT_UNIT = Pattern.compile("(万|亿|千)?[个家项件张台套种名位户座所条处只辆间批笔场篇部册类棵株]");

    private record Variant(IndicatorDictionary.Entry entry, String normalized, Set<String> bigrams) {
        Variant(IndicatorDictionary.Entry entry, String normalized) {
            this(entry, normalized, IndicatorText.bigrams(normalized));
        }
    }

    /** An ungrouped indicator that heads a derived group in {@link #align}. */
    private record Representative(String key, String normalized, Set<String> bigrams) {
    }

    /** Distinct indicator wordings remembered by {@link #match}; past this the memo starts afresh. */
    private static final int MEMO_LIMIT = 100_000;

    private final IndicatorDictionary dictionary;
    private final List<Variant> variants = new ArrayList<>();
    /**
     * The dictionary entry (or none) per normalized indicator and unit kind. The dictionary never changes, so the
     * answer never does either; a library repeats the same wordings across documents and years.
     */
    private final Map<String, Optional<IndicatorDictionary.Entry>> memo = new ConcurrentHashMap<>();

    public IndicatorAlignment(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
        for (IndicatorDictionary.Entry e : dictionary.entries()) {
            variants.add(new Variant(e, IndicatorText.normalize(e.nameZh())));
            for (String v : e.variants()) {
                variants.add(new Variant(e, IndicatorText.normalize(v)));
            }
        }
    }

    public IndicatorDictionary dictionary() {
        return dictionary;
    }

    /** The canonical key of a target. */
    public String keyFor(Target target) {
        return keyFor(target.indicator(), target.unit());
    }

    /** The canonical key of an indicator written with a unit (unit may be null). */
    public String keyFor(String indicator, String unit) {
        IndicatorDictionary.Entry e = match(indicator, unit);
        return e != null ? e.key() : derivedKey(indicator, unit);
    }

    /** The dictionary entry an indicator belongs to, or null. */
    public IndicatorDictionary.Entry match(String indicator, String unit) {
        return matchNormalized(IndicatorText.normalize(indicator), unitKind(unit));
    }

    private IndicatorDictionary.Entry matchNormalized(String n, String kind) {
        if (n.isEmpty()) {
            return null;
        }
        String memoKey = kind + '\u0000' + n;
        Optional<IndicatorDictionary.Entry> known = memo.get(memoKey);
        if (known == null) {
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            known = Optional.ofNullable(matchUncached(n, kind));
            memo.put(memoKey, known);
        }
        return known.orElse(null);
    }

    private IndicatorDictionary.Entry matchUncached(String n, String kind) {
        for (Variant v : variants) {
            if (v.normalized.equals(n)) {
                return v.entry;
            }
        }
        Variant best = null;
        for (Variant v : variants) {
            if (v.normalized.length() >= 4 && compatible(v.entry.unitKind(), kind)
                    && (n.contains(v.normalized) || v.normalized.contains(n) && n.length() >= 6)
                    && (best == null || v.normalized.length() > best.normalized.length())) {
                best = v;
            }
        }
        if (best != null) {
            return best.entry;
        }
        double bestScore = DICE_THRESHOLD;
        Set<String> nBigrams = IndicatorText.bigrams(n);
        for (Variant v : variants) {
            if (!similarityAllowed(n, v.normalized)) {
                continue;
            }
            double d = IndicatorText.dice(nBigrams, v.bigrams);
            if (d >= bestScore && compatible(v.entry.unitKind(), kind)) {
                bestScore = d;
                best = v;
            }
        }
        return best == null ? null : best.entry;
    }

    /**
     * Groups targets into one row per canonical indicator, in order of first appearance. Each distinct wording (and
     * unit kind) is resolved once: a later target written the same way lands in the same group, because derived
     * groups are only ever added after the one it matched first.
     */
    public List<IndicatorGroup> align(List<Target> targets) {
        Map<String, List<Target>> members = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        // Derived groups per unit kind, in order of creation, each with the normalized text of its first member.
        Map<String, List<Representative>> derivedByKind = new HashMap<>();
        Map<String, String> resolved = new HashMap<>(); // kind + NUL + normalized → key
        // Indicator and unit as written → key. A library of 100,000 targets has a few hundred distinct ones, and
        // normalizing is a pure function of them, so each is normalized once.
        Map<List<String>, String> resolvedAsWritten = new HashMap<>();
        for (Target t : targets) {
            List<String> asWritten = Arrays.asList(t.indicator(), t.unit());
            String key = resolvedAsWritten.get(asWritten);
            if (key != null) {
                members.get(key).add(t);
                continue;
            }
            String n = IndicatorText.normalize(t.indicator());
            String kind = unitKind(t.unit());
            String wording = kind + '\u0000' + n;
            key = resolved.get(wording);
            if (key == null) {
                IndicatorDictionary.Entry e = matchNormalized(n, kind);
                if (e != null) {
                    key = e.key();
                    names.putIfAbsent(key, new String[] {e.nameZh(), e.nameEn(), "dict"});
                } else {
                    List<Representative> reps = derivedByKind.computeIfAbsent(kind, k -> new ArrayList<>());
                    Set<String> nBigrams = IndicatorText.bigrams(n);
                    for (Representative r : reps) {
                        if (similarityAllowed(n, r.normalized())
                                && IndicatorText.dice(nBigrams, r.bigrams()) >= DICE_THRESHOLD) {
                            key = r.key();
                            break;
                        }
                    }
                    if (key == null) {
                        key = derivedKeyOf(n, kind);
                        reps.add(new Representative(key, n, nBigrams));
                        names.putIfAbsent(key, new String[] {t.indicator(), "", "derived"});
                    }
                }
                resolved.put(wording, key);
            }
            resolvedAsWritten.put(asWritten, key);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<IndicatorGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Target>> g : members.entrySet()) {
            String[] n = names.get(g.getKey());
            out.add(new IndicatorGroup(g.getKey(), n[0], n[1], n[2].equals("dict"), g.getValue()));
        }
        return out;
    }

    /**
     * Similar wording is not enough when one side names a contrasting scope: 其他工程项目… is the complement of
     * 大中型工程项目…, and 国家级/省级/市级 versions of a count are different indicators.
     */
    static boolean similarityAllowed(String a, String b) {
        for (String contrast : new String[] {"其他", "其它", "非"}) {
            if (a.startsWith(contrast) != b.startsWith(contrast)) {
                return false;
            }
        }
        String la = level(a);
        String lb = level(b);
        return la.equals(lb);
    }

    private static String level(String s) {
        for (String l : new String[] {"国家级", "国家", "省级", "省", "市级", "市", "县级", "县"}) {
            if (s.startsWith(l)) {
                return l.substring(0, 1);
            }
        }
        return "";
    }

    /** x_ + a 64-bit FNV-1a hash of the folded indicator, then the unit kind: stable across runs and machines. */
    static String derivedKey(String indicator, String unit) {
        return derivedKeyOf(IndicatorText.normalize(indicator), unitKind(unit));
    }

    private static String derivedKeyOf(String n, String kind) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < n.length(); i++) {
            h ^= n.charAt(i);
            h *= 0x100000001b3L;
        }
        return "x_" + Long.toHexString(h) + "_" + kind;
    }

    /** percent, count, money, index (no unit) or other. */
    static String unitKind(String unit) {
        if (unit == null || unit.isBlank()) {
            return "index";
        }
        String u = IndicatorText.normalize(unit);
        if (u.equals("%") || u.equals("‰") || u.endsWith("百分点")) {
            return "percent";
        }
        if (u.endsWith("元") && !u.contains("/")) {
            return "money";
        }
        if (COUNT_UNIT.matcher(u).matches()) {
            return "count";
        }
        return "other";
    }

    private static boolean compatible(String entryKind, String targetKind) {
        return entryKind.equals(targetKind) || entryKind.equals("other") || targetKind.equals("other")
                || entryKind.equals("index") && targetKind.equals("percent");
    }
}
