package org.policylens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores extraction of the five bundled documents against ../shared/gold with the matching of
 * ../shared/tools/eval_extraction.py: same document, same value (and value_max), and the quote covers the same
 * occurrence of the number in the document (text NFKC-folded, whitespace removed). Fails below the bar of issue 3.
 */
class GoldScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANT = "個項萬噸標張點億臺體對於與積畝員歲級準產質獲總數據";
    private static final String HANS = "个项万吨标张点亿台体对于与积亩员岁级准产质获总数据";

    private static Map<String, String> folded;     // slug → folded raw file
    private static Map<String, String> bodies;     // slug → text extraction runs on

    @BeforeAll
    static void load() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GoldCorpus.GOLD), "../shared/gold is not present");
        folded = new LinkedHashMap<>();
        for (String slug : GoldCorpus.SLUGS) {
            folded.put(slug, fold(GoldCorpus.raw(slug)));
        }
        bodies = GoldCorpus.bodies();
    }

    @Test
    void targetsMeetTheBar() throws IOException {
        List<JsonNode> gold = readGold("targets.jsonl");
        List<Object[]> preds = new ArrayList<>(); // {slug, Target}
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            for (Target t : new TargetExtractor().extract(e.getValue())) {
                preds.add(new Object[] {e.getKey(), t});
            }
        }
        List<Set<Integer>> goldAnchors = new ArrayList<>();
        for (JsonNode g : gold) {
            goldAnchors.add(anchors(folded.get(g.get("doc").asText()), g.get("quote").asText(), g.get("value").asDouble()));
        }
        Set<Integer> used = new HashSet<>();
        List<Object[]> matches = new ArrayList<>(); // {Target, gold}
        for (Object[] p : preds) {
            String slug = (String) p[0];
            Target t = (Target) p[1];
            Set<Integer> pa = anchors(folded.get(slug), t.quote(), t.value());
            for (int gi = 0; gi < gold.size(); gi++) {
                JsonNode g = gold.get(gi);
                if (used.contains(gi) || !g.get("doc").asText().equals(slug)
                        || Math.abs(t.value() - g.get("value").asDouble()) > 1e-9) {
                    continue;
                }
                JsonNode gmax = g.get("value_max");
                if (gmax != null && !gmax.isNull()
                        && (t.valueMax() == null || Math.abs(t.valueMax() - gmax.asDouble()) > 1e-9)) {
                    continue;
                }
                if (intersects(pa, goldAnchors.get(gi))) {
                    used.add(gi);
                    matches.add(new Object[] {t, g});
                    break;
                }
            }
        }
        double f1 = f1(matches.size(), preds.size(), gold.size());
        double year = accuracy(matches, (t, g) -> java.util.Objects.equals(t.year(),
                g.get("year").isNull() ? null : g.get("year").asInt()));
        double perYear = accuracy(matches, (t, g) -> t.perYear() == g.get("per_year").asBoolean());
        double comparator = accuracy(matches, (t, g) -> t.comparator().symbol().equals(g.get("comparator").asText()));
        double unit = accuracy(matches, (t, g) -> hans(t.unit() == null ? "" : t.unit())
                .equals(hans(g.get("unit").isNull() ? "" : g.get("unit").asText())));
        double indicator = accuracy(matches, (t, g) -> sim(t.indicator(), g.get("indicator").asText()) >= 0.6);
        String report = String.format("targets: gold %d predicted %d matched %d F1 %.3f year %.3f perYear %.3f "
                + "comparator %.3f unit %.3f indicator %.3f", gold.size(), preds.size(), matches.size(), f1, year,
                perYear, comparator, unit, indicator);
        System.out.println(report);
        assertTrue(f1 >= 0.97, report);
        assertTrue(year >= 0.95 && perYear >= 0.95 && comparator >= 0.95 && unit >= 0.95, report);
        assertTrue(indicator >= 0.90, report);
    }

    @Test
    void subsidiesAreAllFound() throws IOException {
        List<JsonNode> gold = readGold("subsidies.jsonl");
        List<Object[]> preds = new ArrayList<>();
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            for (Subsidy s : new SubsidyExtractor().extract(e.getValue())) {
                preds.add(new Object[] {e.getKey(), s});
            }
        }
        Set<Integer> used = new HashSet<>();
        int matched = 0;
        for (Object[] p : preds) {
            String slug = (String) p[0];
            Subsidy s = (Subsidy) p[1];
            Set<Integer> pa = anchors(folded.get(slug), s.quote(), firstNumber(s.amountText()));
            for (int gi = 0; gi < gold.size(); gi++) {
                JsonNode g = gold.get(gi);
                if (used.contains(gi) || !g.get("doc").asText().equals(slug)
                        || s.amountYuan() != g.get("amount_yuan").asLong()) {
                    continue;
                }
                Set<Integer> ga = anchors(folded.get(slug), g.get("quote").asText(),
                        firstNumber(g.get("amount_text").asText()));
                if (intersects(pa, ga)) {
                    used.add(gi);
                    matched++;
                    break;
                }
            }
        }
        double f1 = f1(matched, preds.size(), gold.size());
        String report = String.format("subsidies: gold %d predicted %d matched %d F1 %.3f", gold.size(), preds.size(),
                matched, f1);
        System.out.println(report);
        assertTrue(f1 >= 0.999, report);
    }

    private interface Check {
        boolean ok(Target t, JsonNode g);
    }

    private static double accuracy(List<Object[]> matches, Check check) {
        if (matches.isEmpty()) {
            return 0;
        }
        int ok = 0;
        for (Object[] m : matches) {
            ok += check.ok((Target) m[0], (JsonNode) m[1]) ? 1 : 0;
        }
        return (double) ok / matches.size();
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> readGold(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(GoldCorpus.GOLD.resolve(file))) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static String hans(String s) {
        StringBuilder b = new StringBuilder(fold(s));
        for (int i = 0; i < b.length(); i++) {
            int k = HANT.indexOf(b.charAt(i));
            if (k >= 0) {
                b.setCharAt(i, HANS.charAt(k));
            }
        }
        return b.toString();
    }

    private static double sim(String a, String b) {
        a = hans(a);
        b = hans(b);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.contains(b) || b.contains(a)) {
            return 1;
        }
        Set<Integer> x = new HashSet<>();
        a.codePoints().forEach(x::add);
        Set<Integer> y = new HashSet<>();
        b.codePoints().forEach(y::add);
        Set<Integer> inter = new HashSet<>(x);
        inter.retainAll(y);
        return 2.0 * inter.size() / (x.size() + y.size());
    }

    private static Double firstNumber(String amountText) {
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(fold(amountText));
        return m.find() ? Double.parseDouble(m.group()) : null;
    }

    /** The scorer's num_strings: repr of the float without trailing zeros, and the integer form. */
    private static List<String> numStrings(double v) {
        List<String> out = new ArrayList<>();
        if (v == Math.rint(v)) {
            out.add(String.valueOf((long) v));
        } else {
            out.add(java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
        }
        return out;
    }

    /** Absolute positions of the value's digits inside every occurrence of the quote in the folded document. */
    private static Set<Integer> anchors(String doc, String quote, Double value) {
        Set<Integer> res = new HashSet<>();
        String q = fold(quote);
        if (q.isEmpty() || value == null) {
            return res;
        }
        for (int start = doc.indexOf(q); start >= 0; start = doc.indexOf(q, start + 1)) {
            for (String ns : numStrings(value)) {
                Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(ns) + "(?!\\d)").matcher(q);
                while (m.find()) {
                    res.add(start + m.start());
                }
            }
        }
        return res;
    }

    private static boolean intersects(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
