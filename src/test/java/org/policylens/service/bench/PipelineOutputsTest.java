package org.policylens.service.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Guards the outputs of import's per-document work (parsed document, targets, subsidies, themes with scores and
 * evidence) while that work is made faster: speed-ups must not change a single output.
 */
class PipelineOutputsTest {

    /**
     * SHA-256 of the dump of the bundled documents (UTF-8 and GB18030) and 60 synthetic variants, as the rules stood
     * before the per-document work was optimised. A rule change that is meant to change outputs updates it; to see
     * what changed, run {@link PipelineOutputs#main} with 60 on both commits and diff the two dumps.
     */
    private static final String DIGEST_BEFORE_OPTIMISATION =
            "dff70a20a2eb0a0ae695ac1be1cf161975091de5e80c948548e792d60475129f";

    @Test
    void outputsAreThoseOfTheRulesBeforeOptimisation() {
        assertEquals(DIGEST_BEFORE_OPTIMISATION, new PipelineOutputs().digest(PipelineSamples.load(60)));
    }

    @Test
    void sharedParserExtractorsAndClassifierGiveTheSameOutputsFromSeveralThreads() throws Exception {
        List<PipelineSamples.Sample> samples = PipelineSamples.load(40);
        List<String> sequential = new ArrayList<>();
        for (PipelineSamples.Sample sample : samples) {
            sequential.add(new PipelineOutputs().dump(sample));
        }
        PipelineOutputs shared = new PipelineOutputs();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> concurrent = new ArrayList<>();
            for (PipelineSamples.Sample sample : samples) {
                concurrent.add(pool.submit(() -> shared.dump(sample)));
            }
            for (int i = 0; i < samples.size(); i++) {
                assertEquals(sequential.get(i), concurrent.get(i).get(), samples.get(i).fileName());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
