package org.policylens.extract;

import org.policylens.text.ScriptFolder;
import org.policylens.model.Codebook;
import org.policylens.model.Evidence;
import org.policylens.model.Keyword;
import org.policylens.model.Section;
import org.policylens.model.Theme;
import org.policylens.model.ThemeAssignment;
import org.policylens.text.HeadingLabel;
import org.policylens.text.MultiStringMatcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes a passage with the themes of a codebook: multi-label, deterministic and explainable.
 *
 * <p>How a passage is scored:
 * <ol>
 *   <li>The passage and the rules are folded (Traditional → Simplified, full-width → half-width, length kept), so
 *       質量 matches 质量 and offsets still point at the original characters.</li>
 *   <li>Keywords are found; where terms overlap the longest one wins (社会公用计量标准 is metrology, not a 标准),
 *       and a theme's keywords inside one of its exclusions do not count (绿色工地 is not green).</li>
 *   <li>A theme's score is the sum of its matched terms' weights; a repeated term adds a little each time, so one
 *       word said five times does not outweigh five different words.</li>
 *   <li>Headings above the passage (its section path and its own run-in title such as {@code 1.加强标准制修订。})
 *       add a boost to the themes whose heading patterns they match, the nearest heading most.</li>
 *   <li>The top theme is the primary. Others are kept when they reach an absolute minimum and a share of the top
 *       score. Goal passages (under a 目标 heading, or opening with 到2025年) list a goal for every domain they
 *       touch, so there the share is lower.</li>
 * </ol>
 */
public final class ThemeClassifier {

    /**
     * Tuning of the scoring; {@link #DEFAULTS} fits the genre (checked on the hand-labelled five documents).
     *
     * @param headingBoost         score added for a matching innermost heading
     * @param headingDecay         factor per level further out (the chapter above a section counts less)
     * @param repeatFactor         share of a term's weight each repetition adds
     * @param maxRepeats           repetitions counted beyond the first
     * @param minScore             absolute score a secondary theme needs
     * @param relativeThreshold    share of the top score a secondary theme needs
     * @param goalMinScore         {@code minScore} in goal passages
     * @param goalRelativeThreshold {@code relativeThreshold} in goal passages
     * @param goalHeading          section paths that mark goal passages
     * @param goalOpening          passage openings that mark goal passages
     * @param sentenceMinScore     a theme that leads one sentence with at least this score is substantive in the
     *                             passage even below the relative threshold (a full sentence on it)
     */
    public record Settings(double headingBoost, double headingDecay, double repeatFactor, int maxRepeats,
                           double minScore, double relativeThreshold, double goalMinScore,
                           double goalRelativeThreshold, Pattern goalHeading, Pattern goalOpening,
                           double sentenceMinScore) {

        public static final Settings DEFAULTS = new Settings(3.0, 0.5, 0.5, 2, 2.0, 0.5, 1.5, 0.25,
                Pattern.compile("目标"), Pattern.compile("^(?:——|到|至)?\\s*20\\d{2}年"), 4.0);
    }

    private record CompiledTheme(Theme theme, List<Pattern> headingPatterns) {
    }

    private record Term(int theme, String term, String folded, double weight) {
    }

    /** An exclusion phrase of a theme, folded. */
    private record Exclusion(int theme, String folded) {
    }

    /** A keyword occurrence, in char indices of the folded text; {@code order} is the term's place in the codebook. */
    private record Match(Term term, int order, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** Where an exclusion occurs in a passage, in char indices of the folded text. */
    private record ExclusionSpan(int theme, int start, int end) {
    }

    /** The first heading pattern of a theme that a heading matches: the matched text and its char span there. */
    private record HeadingHit(String text, int start, int end) {
    }

    /** Candidates in the order they claim text: longest first, then leftmost, then codebook order. */
    private static final Comparator<Match> LONGEST_FIRST = (a, b) -> {
        int c = Integer.compare(b.length(), a.length());
        if (c == 0) {
            c = Integer.compare(a.start(), b.start());
        }
        if (c == 0) {
            c = Integer.compare(a.term().theme(), b.term().theme());
        }
        return c != 0 ? c : Integer.compare(a.order(), b.order());
    };
    private static final Comparator<Match> IN_TEXT_ORDER = (a, b) -> {
        int c = Integer.compare(a.start(), b.start());
        return c != 0 ? c : Integer.compare(a.term().theme(), b.term().theme());
    };
    private static final Pattern PATH_SPLIT = Pattern.compile(Pattern.quote(Section.PATH_SEPARATOR.strip()));
    /** Distinct headings and section paths remembered; a library has far fewer, so the bound is a safety net. */
    private static final int MEMO_LIMIT = 20_000;

    private final List<CompiledTheme> themes = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    /** Per term: the first term equal to it, so repeats of equal terms are counted together. */
    private final int[] sameTermAs;
    /** Finds all terms (indices 0..terms-1) and exclusions (after them) in one pass over a passage. */
    private final MultiStringMatcher phrases;
    /** Per folded heading: per theme, the first of its heading patterns that matches, or null. */
    private final BoundedMemo<String, HeadingHit[]> headingHits = new BoundedMemo<>(MEMO_LIMIT);
    /** Per folded section path: its headings, stripped, empty ones left out. */
    private final BoundedMemo<String, List<String>> pathHeadings = new BoundedMemo<>(MEMO_LIMIT);
    private final Settings settings;

    public ThemeClassifier(Codebook codebook) {
        this(codebook, Settings.DEFAULTS);
    }

    public ThemeClassifier(Codebook codebook, Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Theme theme : codebook.themes()) {
            int index = themes.size();
            List<Pattern> patterns = theme.rule().headingPatterns().stream()
                    .map(p -> Pattern.compile(ScriptFolder.fold(p))).toList();
            themes.add(new CompiledTheme(theme, patterns));
            for (Keyword keyword : theme.rule().keywords()) {
                terms.add(new Term(index, keyword.term(), ScriptFolder.fold(keyword.term()), keyword.weight()));
            }
            // An empty exclusion covers no keyword (keywords are never empty), so it is left out.
            theme.rule().exclusions().stream().map(ScriptFolder::fold).filter(e -> !e.isEmpty())
                    .forEach(e -> exclusions.add(new Exclusion(index, e)));
        }
        List<String> strings = new ArrayList<>();
        terms.forEach(t -> strings.add(t.folded()));
        exclusions.forEach(e -> strings.add(e.folded()));
        phrases = new MultiStringMatcher(strings);
        sameTermAs = new int[terms.size()];
        Map<Term, Integer> firstOfEqual = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Integer first = firstOfEqual.putIfAbsent(terms.get(i), i);
            sameTermAs[i] = first == null ? i : first;
        }
    }

    /**
     * The themes of one passage, primary first, then by falling score.
     *
     * @param passageText the passage as written (any script)
     * @param sectionPath the headings above it, joined with {@link Section#PATH_SEPARATOR}; may be empty or null
     */
    public List<ThemeAssignment> classify(String passageText, String sectionPath) {
        String text = ScriptFolder.fold(passageText == null ? "" : passageText);
        String path = ScriptFolder.fold(sectionPath == null ? "" : sectionPath);

        double[] scores = new double[themes.size()];
        List<List<Evidence>> evidence = new ArrayList<>();
        themes.forEach(t -> evidence.add(new ArrayList<>()));

        boolean[] leadsSentence = new boolean[themes.size()];
        CodePointIndex positions = new CodePointIndex(text);
        scoreHeadings(text, path, positions, scores, evidence);
        scoreKeywords(text, positions, scores, evidence, leadsSentence);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0) {
                order.add(i);
            }
        }
        // Stable order: by score, then codebook order, so results never depend on hash order.
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        if (order.isEmpty()) {
            return List.of();
        }
        boolean goal = settings.goalHeading().matcher(path).find() || settings.goalOpening().matcher(text).find();
        double min = goal ? settings.goalMinScore() : settings.minScore();
        double relative = goal ? settings.goalRelativeThreshold() : settings.relativeThreshold();
        double top = scores[order.get(0)];
        List<ThemeAssignment> result = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            boolean keep = rank == 0 ? top >= Math.min(min, settings.minScore()) / 2
                    : scores[i] >= min && (scores[i] >= relative * top || leadsSentence[i]);
            if (keep) {
                result.add(new ThemeAssignment(themes.get(i).theme().code(), round(scores[i]), evidence.get(i)));
            }
        }
        return result;
    }

    /** Boosts themes named by the headings above the passage, the innermost most. */
    private void scoreHeadings(String text, String path, CodePointIndex positions, double[] scores,
                               List<List<Evidence>> evidence) {
        List<String> headings = new ArrayList<>(pathHeadings.get(path, ThemeClassifier::splitPath));
        String runIn = runInTitle(text);
        if (runIn != null && (headings.isEmpty() || !headings.get(headings.size() - 1).equals(runIn))) {
            headings.add(runIn);
        }
        List<HeadingHit[]> hits = new ArrayList<>(headings.size());
        headings.forEach(heading -> hits.add(headingHits.get(heading, this::matchHeading)));
        // Once rather than per theme: each level's boost (the nearest heading most), and where a run-in title (the
        // last level) stands in the passage.
        double[] boosts = new double[headings.size()];
        for (int level = 0; level < headings.size(); level++) {
            boosts[level] = settings.headingBoost() * Math.pow(settings.headingDecay(), headings.size() - 1 - level);
        }
        int last = headings.size() - 1;
        boolean lastIsRunIn = runIn != null && last >= 0 && headings.get(last).equals(runIn);
        int runInOffset = lastIsRunIn ? text.indexOf(runIn) : -1;
        for (int t = 0; t < themes.size(); t++) {
            for (int level = last; level >= 0; level--) {
                double boost = boosts[level];
                boolean isRunIn = lastIsRunIn && level == last;
                int offset = isRunIn ? runInOffset : -1;
                HeadingHit hit = hits.get(level)[t];
                if (hit != null) {
                    scores[t] += boost;
                    int start = isRunIn ? positions.of(offset + hit.start()) : -1;
                    int end = isRunIn ? positions.of(offset + hit.end()) : -1;
                    evidence.get(t).add(new Evidence(hit.text(), start, end, round(boost)));
                }
            }
        }
    }

    private static List<String> splitPath(String path) {
        List<String> headings = new ArrayList<>(path.isBlank() ? List.of() : List.of(PATH_SPLIT.split(path)));
        headings.replaceAll(String::strip);
        headings.removeIf(String::isEmpty);
        return List.copyOf(headings);
    }

    /** Per theme, the match of its first heading pattern that {@code heading} matches, or null. */
    private HeadingHit[] matchHeading(String heading) {
        HeadingHit[] hits = new HeadingHit[themes.size()];
        for (int t = 0; t < themes.size(); t++) {
            for (Pattern pattern : themes.get(t).headingPatterns()) {
                Matcher m = pattern.matcher(heading);
                if (m.find()) {
                    hits[t] = new HeadingHit(m.group(), m.start(), m.end());
                    break;
                }
            }
        }
        return hits;
    }

    private void scoreKeywords(String text, CodePointIndex positions, double[] scores, List<List<Evidence>> evidence,
                               boolean[] leadsSentence) {
        List<Match> candidates = new ArrayList<>();
        List<ExclusionSpan> excluding = new ArrayList<>();
        phrases.findAll(text, (phrase, start, end) -> {
            if (phrase < terms.size()) {
                candidates.add(new Match(terms.get(phrase), phrase, start, end));
            } else {
                excluding.add(new ExclusionSpan(exclusions.get(phrase - terms.size()).theme(), start, end));
            }
        });
        if (!excluding.isEmpty()) {
            candidates.removeIf(match -> excluded(match, excluding));
        }
        // Longest match wins across all themes; equal spans (the same term in two themes) both stand. Codebook
        // order breaks the remaining ties (two terms of a theme that fold alike), as it always has.
        List<Match> longestFirst = longestFirst(candidates, text.length());
        List<Match> accepted = new ArrayList<>();
        // Accepted spans never overlap unless equal, so each char belongs to at most one span: its owner.
        int[] ownerStart = new int[text.length()];
        int[] ownerEnd = new int[text.length()];
        Arrays.fill(ownerStart, -1);
        for (Match candidate : longestFirst) {
            boolean blocked = false;
            for (int i = candidate.start(); i < candidate.end() && !blocked; i++) {
                blocked = ownerStart[i] >= 0 && (ownerStart[i] != candidate.start() || ownerEnd[i] != candidate.end());
            }
            if (!blocked) {
                accepted.add(candidate);
                Arrays.fill(ownerStart, candidate.start(), candidate.end(), candidate.start());
                Arrays.fill(ownerEnd, candidate.start(), candidate.end(), candidate.end());
            }
        }
        accepted.sort(IN_TEXT_ORDER);
        markSentenceLeaders(text, accepted, leadsSentence);
        int[] seen = new int[terms.size()];
        for (Match match : accepted) {
            int repeats = seen[sameTermAs[match.order()]]++;
            double weight = repeats == 0 ? match.term().weight()
                    : repeats <= settings.maxRepeats() ? match.term().weight() * settings.repeatFactor() : 0;
            int t = match.term().theme();
            scores[t] += weight;
            evidence.get(t).add(new Evidence(match.term().term(), positions.of(match.start()),
                    positions.of(match.end()), round(weight)));
        }
    }

    /** The candidates in {@link #LONGEST_FIRST} order, sorted as packed numbers where they fit (nearly always). */
    private List<Match> longestFirst(List<Match> candidates, int textLength) {
        int n = candidates.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] themeIndexes = new int[n];
        int[] termIndexes = new int[n];
        for (int i = 0; i < n; i++) {
            Match m = candidates.get(i);
            starts[i] = m.start();
            ends[i] = m.end();
            themeIndexes[i] = m.term().theme();
            termIndexes[i] = m.order();
        }
        int[] order = LongestFirstOrder.sort(starts, ends, themeIndexes, termIndexes, textLength, themes.size(),
                terms.size());
        if (order == null) {
            candidates.sort(LONGEST_FIRST);
            return candidates;
        }
        List<Match> sorted = new ArrayList<>(n);
        for (int i : order) {
            sorted.add(candidates.get(i));
        }
        return sorted;
    }

    /**
     * Marks the themes that lead at least one sentence clearly: the codebook's rule that a secondary theme needs
     * substantive coverage, such as a full sentence on it, not just a word in passing.
     */
    private void markSentenceLeaders(String text, List<Match> matches, boolean[] leadsSentence) {
        int sentenceStart = 0;
        int next = 0;
        double[] sentence = new double[themes.size()];
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || isSentenceEnd(text.charAt(i));
            if (!boundary) {
                continue;
            }
            Arrays.fill(sentence, 0);
            while (next < matches.size() && matches.get(next).start() < i) {
                Match m = matches.get(next++);
                if (m.start() >= sentenceStart) {
                    sentence[m.term().theme()] += m.term().weight();
                }
            }
            int best = -1;
            boolean tie = false;
            for (int t = 0; t < sentence.length; t++) {
                if (best < 0 || sentence[t] > sentence[best]) {
                    best = t;
                    tie = false;
                } else if (sentence[t] == sentence[best]) {
                    tie = true;
                }
            }
            if (best >= 0 && !tie && sentence[best] >= settings.sentenceMinScore()) {
                leadsSentence[best] = true;
            }
            sentenceStart = i + 1;
        }
    }

    /** The sentence ends 。;；!！?？ (a switch: this runs for every char of every passage). */
    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '。', ';', '；', '!', '！', '?', '？' -> true;
            default -> false;
        };
    }

    /** True when an exclusion of the match's own theme covers it (绿色 inside 绿色工地). */
    private static boolean excluded(Match match, List<ExclusionSpan> excluding) {
        for (ExclusionSpan exclusion : excluding) {
            if (exclusion.theme() == match.term().theme() && exclusion.start() <= match.start()
                    && exclusion.end() >= match.end()) {
                return true;
            }
        }
        return false;
    }

    /** The run-in title of a numbered passage (1.加强标准制修订。…), or null. */
    private static String runInTitle(String text) {
        var label = HeadingLabel.parse(text);
        if (label.isEmpty() || label.get().kind() == HeadingLabel.Kind.DASH_BULLET) {
            return null;
        }
        return ThemeContext.runInTitle(text.strip());
    }

    /** Char index → code point index in one text; without surrogate pairs (nearly always) they are the same. */
    private static final class CodePointIndex {
        private final String text;
        private final boolean identity;

        CodePointIndex(String text) {
            this.text = text;
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(text.charAt(i));
            }
            this.identity = !surrogates;
        }

        int of(int charIndex) {
            return identity ? charIndex : text.codePointCount(0, charIndex);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The codes of {@code assignments} in order, for callers that only need the labels. */
    public static List<String> codes(List<ThemeAssignment> assignments) {
        return assignments.stream().map(ThemeAssignment::code).toList();
    }

    /** Score per code, for diagnostics and tests. */
    public static Map<String, Double> scores(List<ThemeAssignment> assignments) {
        Map<String, Double> result = new LinkedHashMap<>();
        assignments.forEach(a -> result.put(a.code(), a.score()));
        return result;
    }
}
