package org.policylens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policylens.export.CodebookJson;
import org.policylens.model.Codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylens.model.ThemeAssignment;

/** Shared loading for tests that use the default codebook, the bundled corpus and the hand labels. */
final class ThemeGoldSupport {

    static final Path GOLD = Path.of("..", "shared", "gold", "themes.jsonl");
    static final Path CORPUS = Path.of("data", "corpus");
    static final List<String> DOCUMENTS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");

    record GoldRecord(String doc, String quote, String primary, List<String> themes) {
    }

    private ThemeGoldSupport() {
    }

    static Codebook defaultCodebook() {
        try (InputStream in = ThemeGoldSupport.class.getResourceAsStream("/data/codebooks/default.json")) {
            if (in == null) {
                throw new IllegalStateException("default codebook missing from the class path");
            }
            return new CodebookJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String corpusText(String doc) {
        try {
            return Files.readString(CORPUS.resolve(doc + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GoldRecord> gold() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            List<String> themes = new ArrayList<>();
            node.path("themes").forEach(t -> themes.add(t.asText()));
            records.add(new GoldRecord(node.path("doc").asText(), node.path("quote").asText(),
                    node.path("primary").asText(), themes));
        }
        return records;
    }

    /** The comparison form the scorer uses: NFKC, no whitespace. */
    static String compact(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    record Metrics(int paragraphs, double primaryRecall, double precision, double recall, double f1) {
    }

    /** Classifies every gold paragraph and scores it as eval_themes.py does. */
    static Metrics evaluate(ThemeClassifier classifier, boolean verbose) throws IOException {
        Map<String, List<ThemeContext.Paragraph>> paragraphs = new HashMap<>();
        for (String doc : DOCUMENTS) {
            paragraphs.put(doc, ThemeContext.paragraphs(corpusText(doc)));
        }
        int n = 0;
        int primaryHits = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (GoldRecord g : gold()) {
            String quote = compact(g.quote());
            ThemeContext.Paragraph paragraph = paragraphs.get(g.doc()).stream()
                    .filter(p -> compact(p.text()).startsWith(quote))
                    .findFirst().orElse(null);
            if (paragraph == null) {
                throw new AssertionError("gold paragraph not found: " + g.doc() + " " + g.quote());
            }
            List<ThemeAssignment> assignments = classifier.classify(paragraph.text(), paragraph.sectionPath());
            Set<String> predicted = new HashSet<>(ThemeClassifier.codes(assignments));
            Set<String> expected = new HashSet<>(g.themes());
            n++;
            boolean hit = predicted.contains(g.primary());
            primaryHits += hit ? 1 : 0;
            Set<String> common = new HashSet<>(predicted);
            common.retainAll(expected);
            tp += common.size();
            fp += predicted.size() - common.size();
            fn += expected.size() - common.size();
            if (verbose && (!hit || !predicted.equals(expected))) {
                System.out.printf("%s %s gold=%s pred=%s | %s | %s%n", hit ? "diff" : "MISS", g.doc(), g.themes(),
                        ThemeClassifier.scores(assignments), paragraph.sectionPath(), g.quote());
            }
        }
        double primaryRecall = (double) primaryHits / n;
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        return new Metrics(n, primaryRecall, precision, recall, f1);
    }
}
