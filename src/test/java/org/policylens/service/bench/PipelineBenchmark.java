package org.policylens.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.extract.ThemeClassifier;
import org.policylens.ingest.DocumentReaders;
import org.policylens.ingest.IngestException;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;

/**
 * CPU time per document of each stage of import's per-document work, in a warm JVM: parse (decode, residue,
 * structure, metadata), target and subsidy extraction, theme coding of every passage. Runs on synthetic documents
 * like those of {@code bench}; thread CPU time, so a busy machine inflates it less than wall time. A measuring tool,
 * not a test:
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/test-classes:target/policylens.jar org.policylens.service.bench.PipelineBenchmark [documents] [rounds]
 * </pre>
 */
public final class PipelineBenchmark {

    private final DocumentReaders readers = DocumentReaders.standard();
    private final TargetExtractor targets = new TargetExtractor();
    private final SubsidyExtractor subsidies = new SubsidyExtractor();
    private final ThemeClassifier classifier = new ThemeClassifier(PipelineSamples.defaultCodebook());
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long parseNanos;
    private long extractNanos;
    private long classifyNanos;
    private long sink;

    public static void main(String[] args) throws IngestException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<PipelineSamples.Sample> samples = PipelineSamples.synthetic(documents);
        long bytes = samples.stream().mapToLong(s -> s.bytes().length).sum();
        PipelineBenchmark bench = new PipelineBenchmark();
        for (int i = 0; i < 2; i++) {
            bench.runAll(samples);
        }
        System.out.printf("%d documents (%.1f KB each), %d warm-up rounds, Java %s%n", documents,
                bytes / 1024.0 / documents, 2, Runtime.version());
        double[][] perRound = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            bench.parseNanos = 0;
            bench.extractNanos = 0;
            bench.classifyNanos = 0;
            bench.runAll(samples);
            perRound[0][round] = bench.parseNanos / 1e6 / documents;
            perRound[1][round] = bench.extractNanos / 1e6 / documents;
            perRound[2][round] = bench.classifyNanos / 1e6 / documents;
            report("round " + (round + 1), perRound[0][round], perRound[1][round], perRound[2][round]);
        }
        report("median", median(perRound[0]), median(perRound[1]), median(perRound[2]));
        if (bench.sink == 42) {
            System.out.println();
        }
    }

    private static void report(String what, double parse, double extract, double classify) {
        System.out.printf("%s: CPU ms/document: parse %.2f, extraction %.2f, theme coding %.2f, total %.2f%n",
                what, parse, extract, classify, parse + extract + classify);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void runAll(List<PipelineSamples.Sample> samples) throws IngestException {
        for (PipelineSamples.Sample sample : samples) {
            long t0 = threads.getCurrentThreadCpuTime();
            ParsedDocument parsed = readers.read(sample.bytes(), sample.fileName(), sample.slug());
            long t1 = threads.getCurrentThreadCpuTime();
            sink += targets.extract(parsed.text()).size() + subsidies.extract(parsed.text()).size();
            long t2 = threads.getCurrentThreadCpuTime();
            for (Passage passage : parsed.passages()) {
                sink += classifier.classify(passage.text(), passage.sectionPath()).size();
            }
            long t3 = threads.getCurrentThreadCpuTime();
            parseNanos += t1 - t0;
            extractNanos += t2 - t1;
            classifyNanos += t3 - t2;
        }
    }
}
