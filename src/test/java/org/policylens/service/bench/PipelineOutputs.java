package org.policylens.service.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.extract.ThemeClassifier;
import org.policylens.ingest.DocumentReaders;
import org.policylens.ingest.IngestException;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.model.Section;

/**
 * Everything the per-document work of import produces, written out as text: the parsed document (metadata,
 * sections, passages), its targets and subsidies and every passage's themes with scores and evidence. Two runs of
 * the same code on the same samples write the same bytes, so a digest of the dump tells whether a change to the
 * parser, the extractors or the classifier changed any output.
 *
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/test-classes:target/policylens.jar org.policylens.service.bench.PipelineOutputs 300 /tmp/dump.txt
 * </pre>
 */
public final class PipelineOutputs {

    private final DocumentReaders readers = DocumentReaders.standard();
    private final TargetExtractor targets = new TargetExtractor();
    private final SubsidyExtractor subsidies = new SubsidyExtractor();
    private final ThemeClassifier classifier = new ThemeClassifier(PipelineSamples.defaultCodebook());

    public static void main(String[] args) throws IOException {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path out = Path.of(args.length > 1 ? args[1] : "pipeline-outputs.txt");
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new PipelineOutputs().dump(PipelineSamples.load(synthetic), writer);
        }
        System.out.println(out + " sha-256 " + sha256(Files.readAllBytes(out)));
    }

    /** SHA-256 of the dump of {@code samples}, hex. */
    String digest(List<PipelineSamples.Sample> samples) {
        StringBuilder text = new StringBuilder();
        for (PipelineSamples.Sample sample : samples) {
            text.append(dump(sample));
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The dump of one sample. */
    String dump(PipelineSamples.Sample sample) {
        StringWriter out = new StringWriter();
        try {
            dump(List.of(sample), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    void dump(List<PipelineSamples.Sample> samples, Writer out) throws IOException {
        for (PipelineSamples.Sample sample : samples) {
            out.write("=== " + sample.fileName() + "\n");
            ParsedDocument parsed;
            try {
                parsed = readers.read(sample.bytes(), sample.fileName(), sample.slug());
            } catch (IngestException e) {
                out.write("refused: " + e.getMessage() + "\n");
                continue;
            }
            out.write(parsed.metadata() + "\n");
            out.write("text " + sha256(parsed.text().getBytes(StandardCharsets.UTF_8)) + "\n");
            for (Section section : parsed.sections()) {
                out.write(section + "\n");
            }
            for (Passage passage : parsed.passages()) {
                out.write(passage + "\n");
                out.write("  themes " + classifier.classify(passage.text(), passage.sectionPath()) + "\n");
            }
            for (var target : targets.extract(parsed.text())) {
                out.write(target + "\n");
            }
            for (var subsidy : subsidies.extract(parsed.text())) {
                out.write(subsidy + "\n");
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
