package org.policylens.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylens.model.CodedPassage;
import org.policylens.model.ThemeDecision;

/**
 * Finds the passage a stored decision is about, among a document's current passages. The passage ids change when a
 * document is re-imported and the text may have been edited, so it looks, in order, for:
 * <ol>
 *   <li>a passage with the same text (whitespace aside), the one nearest the old offsets if the text repeats;</li>
 *   <li>a passage that contains the old text or lies inside it (a paragraph joined with, or split from, another);</li>
 *   <li>the most similar passage (character bigrams), when it is similar enough that an edit is the likely story.</li>
 * </ol>
 * A decision that matches nothing is not applied but stays stored, in case its passage comes back.
 */
final class DecisionLocator {

    /** Dice similarity of character bigrams above which an edited paragraph counts as the same one. */
    static final double MIN_SIMILARITY = 0.75;

    /** Shortest text for containment matches; shorter fragments (一、) occur anywhere. */
    private static final int MIN_CONTAINED = 6;

    private DecisionLocator() {
    }

    /** Decisions by the id of the passage they apply to, in the decisions' order (a later one wins). */
    static Map<Long, List<ThemeDecision>> locate(List<ThemeDecision> decisions, List<CodedPassage> passages) {
        Map<Long, List<ThemeDecision>> out = new LinkedHashMap<>();
        for (ThemeDecision decision : decisions) {
            locate(decision, passages).ifPresent(p -> out.computeIfAbsent(p.passageId(),
                    k -> new java.util.ArrayList<>()).add(decision));
        }
        return out;
    }

    static Optional<CodedPassage> locate(ThemeDecision decision, List<CodedPassage> passages) {
        List<CodedPassage> own = passages.stream().filter(p -> p.documentSlug().equals(decision.documentSlug())).toList();
        List<CodedPassage> same = own.stream()
                .filter(p -> PassageFingerprint.hash(p.text()).equals(decision.passageHash())).toList();
        if (!same.isEmpty()) {
            return nearest(same, decision);
        }
        String quote = PassageFingerprint.compact(decision.quote());
        List<CodedPassage> overlapping = own.stream().filter(p -> {
            String text = PassageFingerprint.compact(p.text());
            return (quote.length() >= MIN_CONTAINED && text.contains(quote))
                    || (text.length() >= MIN_CONTAINED && quote.contains(text));
        }).toList();
        if (!overlapping.isEmpty()) {
            return nearest(overlapping, decision);
        }
        CodedPassage best = null;
        double bestSimilarity = MIN_SIMILARITY;
        for (CodedPassage p : own) {
            double similarity = similarity(quote, PassageFingerprint.compact(p.text()));
            if (similarity >= bestSimilarity) {
                best = p;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<CodedPassage> nearest(List<CodedPassage> candidates, ThemeDecision decision) {
        CodedPassage best = candidates.get(0);
        for (CodedPassage p : candidates) {
            if (Math.abs(p.start() - decision.passageStart()) < Math.abs(best.start() - decision.passageStart())) {
                best = p;
            }
        }
        return Optional.of(best);
    }

    /** Dice coefficient of the two texts' sets of character bigrams. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }
}
