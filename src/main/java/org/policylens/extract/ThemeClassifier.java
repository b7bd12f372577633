package org.policylens.extract;

import org.policylens.text.ScriptFolder;
import org.policylens.model.Codebook;
import org.policylens.model.Evidence;
import org.policylens.model.Keyword;
import org.policylens.model.Section;
import org.policylens.model.Theme;
import org.policylens.model.ThemeAssignment;
import org.policylens.text.HeadingLabel;

import java.util.ArrayList;
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

    private record CompiledTheme(Theme theme, List<Pattern> headingPatterns, List<String> foldedExclusions) {
    }

    private record Term(int theme, String term, String folded, double weight) {
    }

    /** A keyword occurrence, in char indices of the folded text. */
    private record Match(Term term, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final String SENTENCE_ENDS = "。;；!！?？";

    private final List<CompiledTheme> themes = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();
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
            List<String> exclusions = theme.rule().exclusions().stream().map(ScriptFolder::fold).toList();
            themes.add(new CompiledTheme(theme, patterns, exclusions));
            for (Keyword keyword : theme.rule().keywords()) {
                terms.add(new Term(index, keyword.term(), ScriptFolder.fold(keyword.term()), keyword.weight()));
            }
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
        scoreHeadings(text, path, scores, evidence);
        scoreKeywords(text, scores, evidence, leadsSentence);

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
    private void scoreHeadings(String text, String path, double[] scores, List<List<Evidence>> evidence) {
        List<String> headings = new ArrayList<>(path.isBlank() ? List.of() : List.of(path.split(Pattern.quote(Section.PATH_SEPARATOR.strip()))));
        headings.replaceAll(String::strip);
        headings.removeIf(String::isEmpty);
        String runIn = runInTitle(text);
        if (runIn != null && (headings.isEmpty() || !headings.get(headings.size() - 1).equals(runIn))) {
            headings.add(runIn);
        }
        for (int t = 0; t < themes.size(); t++) {
            for (int level = headings.size() - 1; level >= 0; level--) {
                String heading = headings.get(level);
                double boost = settings.headingBoost() * Math.pow(settings.headingDecay(), headings.size() - 1 - level);
                boolean isRunIn = runIn != null && level == headings.size() - 1 && heading.equals(runIn);
                int offset = isRunIn ? text.indexOf(runIn) : -1;
                for (Pattern pattern : themes.get(t).headingPatterns()) {
                    Matcher m = pattern.matcher(heading);
                    if (m.find()) {
                        scores[t] += boost;
                        int start = isRunIn ? codePointIndex(text, offset + m.start()) : -1;
                        int end = isRunIn ? codePointIndex(text, offset + m.end()) : -1;
                        evidence.get(t).add(new Evidence(m.group(), start, end, round(boost)));
                        break;
                    }
                }
            }
        }
    }

    private void scoreKeywords(String text, double[] scores, List<List<Evidence>> evidence, boolean[] leadsSentence) {
        List<Match> candidates = new ArrayList<>();
        for (Term term : terms) {
            for (int from = text.indexOf(term.folded()); from >= 0; from = text.indexOf(term.folded(), from + 1)) {
                int end = from + term.folded().length();
                if (!excluded(text, term.theme(), from, end)) {
                    candidates.add(new Match(term, from, end));
                }
            }
        }
        // Longest match wins across all themes; equal spans (the same term in two themes) both stand.
        candidates.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start)
                .thenComparingInt(m -> m.term().theme()));
        List<Match> accepted = new ArrayList<>();
        for (Match candidate : candidates) {
            boolean blocked = false;
            for (Match kept : accepted) {
                boolean overlaps = candidate.start() < kept.end() && kept.start() < candidate.end();
                boolean sameSpan = candidate.start() == kept.start() && candidate.end() == kept.end();
                if (overlaps && !sameSpan) {
                    blocked = true;
                    break;
                }
            }
            if (!blocked) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> m.term().theme()));
        markSentenceLeaders(text, accepted, leadsSentence);
        Map<Term, Integer> seen = new HashMap<>();
        for (Match match : accepted) {
            int repeats = seen.merge(match.term(), 1, Integer::sum) - 1;
            double weight = repeats == 0 ? match.term().weight()
                    : repeats <= settings.maxRepeats() ? match.term().weight() * settings.repeatFactor() : 0;
            int t = match.term().theme();
            scores[t] += weight;
            evidence.get(t).add(new Evidence(match.term().term(), codePointIndex(text, match.start()),
                    codePointIndex(text, match.end()), round(weight)));
        }
    }

    /**
     * Marks the themes that lead at least one sentence clearly: the codebook's rule that a secondary theme needs
     * substantive coverage, such as a full sentence on it, not just a word in passing.
     */
    private void markSentenceLeaders(String text, List<Match> matches, boolean[] leadsSentence) {
        int sentenceStart = 0;
        int next = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
            if (!boundary) {
                continue;
            }
            double[] sentence = new double[themes.size()];
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

    private boolean excluded(String text, int theme, int start, int end) {
        for (String exclusion : themes.get(theme).foldedExclusions()) {
            int from = Math.max(0, end - exclusion.length());
            for (int at = text.indexOf(exclusion, from); at >= 0 && at <= start; at = text.indexOf(exclusion, at + 1)) {
                if (at + exclusion.length() >= end) {
                    return true;
                }
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

    private static int codePointIndex(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
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
