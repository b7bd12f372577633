package org.policylens.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.ingest.BundledCorpus;

/**
 * Times target and subsidy extraction of the whole bundled corpus in a warm JVM, on the text as the library stores
 * it. A measuring tool, not a test (timings depend on the machine):
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/test-classes:target/policylens.jar org.policylens.service.ExtractionBenchmark
 * </pre>
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 200;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        IngestParser parser = new IngestParser();
        List<String> texts = new ArrayList<>();
        long characters = 0;
        for (BundledCorpus.Entry entry : BundledCorpus.load()) {
            String text = parser.parse(entry.bytes(), entry.metadata().source(), entry.metadata().slug()).text();
            texts.add(text);
            characters += text.codePointCount(0, text.length());
        }
        TargetExtractor targets = new TargetExtractor();
        SubsidyExtractor subsidies = new SubsidyExtractor();
        int records = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            records = extractAll(texts, targets, subsidies);
        }
        double[] millis = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            extractAll(texts, targets, subsidies);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%d documents, %d characters, %d records; per corpus: median %.1f ms, p90 %.1f ms, "
                        + "min %.1f ms (%d warm-up rounds, %d measured; Java %s)%n",
                texts.size(), characters, records, millis[MEASURED_ROUNDS / 2], millis[MEASURED_ROUNDS * 9 / 10],
                millis[0], WARM_UP_ROUNDS, MEASURED_ROUNDS, Runtime.version());
    }

    private static int extractAll(List<String> texts, TargetExtractor targets, SubsidyExtractor subsidies) {
        int records = 0;
        for (String text : texts) {
            records += targets.extract(text).size() + subsidies.extract(text).size();
        }
        return records;
    }
}
