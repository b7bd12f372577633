package org.policylens.service.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policylens.export.CodebookJson;
import org.policylens.ingest.BundledCorpus;
import org.policylens.model.Codebook;

/**
 * Inputs for checking and timing the per-document work of import (parse, extraction, theme coding): the bundled
 * documents as shipped and re-encoded in GB18030, then synthetic variants (shuffled paragraphs, varied numbers) made
 * the way the import benchmark makes them.
 */
final class PipelineSamples {

    /** One file to import: its name, content and the slug to store it under. */
    record Sample(String fileName, byte[] bytes, String slug) {
    }

    private static final long SEED = 20261121L;

    private PipelineSamples() {
    }

    /** The bundled documents (UTF-8 and GB18030) followed by {@code synthetic} variants. */
    static List<Sample> load(int synthetic) {
        List<BundledCorpus.Entry> bundled = BundledCorpus.load();
        List<Sample> samples = new ArrayList<>();
        Charset gb18030 = Charset.forName("GB18030");
        for (BundledCorpus.Entry entry : bundled) {
            String slug = entry.metadata().slug();
            samples.add(new Sample(entry.metadata().source(), entry.bytes(), slug));
            String text = new String(entry.bytes(), StandardCharsets.UTF_8);
            samples.add(new Sample(slug + "-gb.txt", text.getBytes(gb18030), null));
        }
        samples.addAll(synthetic(synthetic));
        return samples;
    }

    /** {@code count} synthetic documents, the same ones on every call. */
    static List<Sample> synthetic(int count) {
        List<String> sources = BundledCorpus.load().stream()
                .map(e -> new String(e.bytes(), StandardCharsets.UTF_8)).toList();
        SyntheticCorpus corpus = new SyntheticCorpus(sources, SEED);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SyntheticCorpus.SyntheticDocument doc = corpus.document(i);
            samples.add(new Sample(doc.fileName(), doc.bytes(), doc.slug()));
        }
        return samples;
    }

    /** The codebook a new library starts with. */
    static Codebook defaultCodebook() {
        try (InputStream in = PipelineSamples.class.getResourceAsStream("/data/codebooks/default.json")) {
            if (in == null) {
                throw new IllegalStateException("default codebook missing from the class path");
            }
            return new CodebookJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
