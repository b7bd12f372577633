package org.policylens.service.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylens.text.HeadingLabel;

/**
 * Documents for the benchmark, made from the bundled ones: within each chapter the body paragraphs are shuffled,
 * every number is varied and the title names a distinct synthetic region, so no two documents share a text and
 * nothing is deduplicated. Seeded, so a run is repeatable.
 */
final class SyntheticCorpus {

    /** One synthetic document: its file name, content and the region it pretends to be from. */
    record SyntheticDocument(String fileName, byte[] bytes, String slug, String region) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final List<List<String>> sources;
    private final Random random;

    /** @param sourceTexts the texts to vary, one per bundled document */
    SyntheticCorpus(List<String> sourceTexts, long seed) {
        this.sources = sourceTexts.stream().map(t -> List.of(t.split("\n"))).toList();
        this.random = new Random(seed);
    }

    SyntheticDocument document(int index) {
        List<String> lines = sources.get(index % sources.size());
        String region = "样本" + (index + 1) + "市";
        StringBuilder text = new StringBuilder(region).append("人民政府关于推进质量强市建设的实施意见（第")
                .append(index + 1).append("号样本）\n");
        List<String> chapterBody = new ArrayList<>();
        for (String line : lines) {
            if (HeadingLabel.parse(line).isPresent()) {
                flushShuffled(chapterBody, text);
                text.append(line).append('\n');
            } else {
                chapterBody.add(varyNumbers(line));
            }
        }
        flushShuffled(chapterBody, text);
        String slug = String.format("bench-%05d", index + 1);
        return new SyntheticDocument(slug + ".txt", text.toString().getBytes(StandardCharsets.UTF_8), slug, region);
    }

    private void flushShuffled(List<String> paragraphs, StringBuilder text) {
        Collections.shuffle(paragraphs, random);
        for (String paragraph : paragraphs) {
            text.append(paragraph).append('\n');
        }
        paragraphs.clear();
    }

    /** Replaces each number by another of the same length, keeping its first digit (so years stay years). */
    private String varyNumbers(String line) {
        Matcher m = NUMBER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            StringBuilder varied = new StringBuilder().append(digits.charAt(0));
            for (int i = 1; i < digits.length(); i++) {
                varied.append((char) ('0' + random.nextInt(10)));
            }
            m.appendReplacement(out, varied.toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
