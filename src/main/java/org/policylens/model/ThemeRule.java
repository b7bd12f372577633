package org.policylens.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a theme is recognised in a passage.
 *
 * @param keywords        weighted terms searched in the passage text
 * @param headingPatterns regular expressions matched against the headings above the passage (its section path and
 *                        its own run-in title); a match makes the passage lean towards the theme
 * @param exclusions      phrases inside which this theme's keywords do not count, e.g. 绿色工地 for green: there
 *                        绿色 only modifies a construction term
 */
public record ThemeRule(List<Keyword> keywords, List<String> headingPatterns, List<String> exclusions) {

    public static final ThemeRule EMPTY = new ThemeRule(List.of(), List.of(), List.of());

    public ThemeRule {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        headingPatterns = headingPatterns == null ? List.of() : List.copyOf(headingPatterns);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        for (String pattern : headingPatterns) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid heading pattern: " + pattern, e);
            }
        }
    }

    /**
     * The union of two rules, as when two themes are merged: keywords by term (the higher weight wins), heading
     * patterns and exclusions without duplicates. An exclusion of only one side is kept only if it does not block a
     * keyword the other side contributes, so the merged theme still finds what both found.
     */
    public ThemeRule union(ThemeRule other) {
        Map<String, Keyword> byTerm = new LinkedHashMap<>();
        for (Keyword k : keywords) {
            byTerm.merge(k.term(), k, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        for (Keyword k : other.keywords) {
            byTerm.merge(k.term(), k, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        List<String> patterns = new ArrayList<>(headingPatterns);
        other.headingPatterns.stream().filter(p -> !patterns.contains(p)).forEach(patterns::add);
        List<String> merged = new ArrayList<>();
        for (String exclusion : exclusions) {
            if (other.exclusions.contains(exclusion) || !blocksAny(exclusion, other.keywords)) {
                merged.add(exclusion);
            }
        }
        for (String exclusion : other.exclusions) {
            if (!merged.contains(exclusion) && !blocksAny(exclusion, keywords)) {
                merged.add(exclusion);
            }
        }
        return new ThemeRule(new ArrayList<>(byTerm.values()), patterns, merged);
    }

    private static boolean blocksAny(String exclusion, List<Keyword> keywords) {
        return keywords.stream().anyMatch(k -> exclusion.contains(k.term()));
    }
}
