package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policylens.model.Evidence;

/** The compact evidence form reads back exactly what was written, and the JSON of older libraries still reads. */
class EvidenceColumnTest {

    private static final List<List<Evidence>> SAMPLES = List.of(
            List.of(),
            List.of(new Evidence("质量", 3, 5, 1.0)),
            List.of(new Evidence("标准化", -1, -1, 0.5), new Evidence("標準", 0, 2, 1e-7),
                    new Evidence("quote \" and \\ slash, [brackets]", 12, 40, 2.0 / 3)),
            List.of(new Evidence("𠀀 astral", 2_000_000_000, 2_000_000_001, Double.MAX_VALUE),
                    new Evidence("", 0, 0, -0.0), new Evidence("line\nbreak\ttab", 7, 9, 123456.789)),
            List.of(new Evidence("[starts like JSON", 1, 2, 3), new Evidence("1e10", 5, 9, 1e10),
                    new Evidence("weights", 0, 1, Double.MIN_VALUE), new Evidence("nan", 0, 1, Double.NaN),
                    new Evidence("infinite", 0, 1, Double.NEGATIVE_INFINITY), new Evidence("zero", 0, 1, 0.0)));

    @Test
    void theCompactFormReadsBackExactly() {
        for (List<Evidence> evidence : SAMPLES) {
            String stored = EvidenceColumn.write(evidence);
            assertFalse(stored.startsWith("["), stored);
            assertEquals(evidence, EvidenceColumn.read(stored), stored);
        }
    }

    @Test
    void randomEvidenceReadsBackExactly() {
        Random random = new Random(42);
        String alphabet = "质量标准化,;:[]{}\"\\ 0123456789.-e𠀀";
        for (int round = 0; round < 2_000; round++) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                StringBuilder term = new StringBuilder();
                for (int k = random.nextInt(8); k > 0; k--) {
                    term.appendCodePoint(alphabet.codePoints().skip(random.nextInt(alphabet.codePointCount(0,
                            alphabet.length()))).findFirst().orElseThrow());
                }
                double weight = switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(7) / 2.0;
                    case 1 -> Math.round(random.nextDouble() * 1000) / 100.0;
                    default -> Double.longBitsToDouble(random.nextLong());
                };
                evidence.add(new Evidence(term.toString(), random.nextInt(3000) - 1, random.nextInt(3000) - 1,
                        weight));
            }
            assertEquals(evidence, EvidenceColumn.read(EvidenceColumn.write(evidence)));
        }
    }

    @Test
    void theCompactFormIsAThirdOfTheJson() {
        List<Evidence> typical = List.of(new Evidence("贯彻落实", 1, 5, 2.0), new Evidence("战略部署", 21, 25, 2.0),
                new Evidence("统筹", 26, 28, 1.0));
        assertEquals("1\u001f5\u001f2\u001f贯彻落实\u001e21\u001f25\u001f2\u001f战略部署\u001e26\u001f28\u001f1\u001f统筹",
                EvidenceColumn.write(typical));
        assertTrue(EvidenceColumn.write(typical).length() * 3 < EvidenceJson.write(typical).length());
    }

    @Test
    void whatTheCompactFormCannotHoldIsWrittenAsJson() {
        for (List<Evidence> evidence : List.of(
                List.of(new Evidence("质量", 0, 2, 1), new Evidence("a\u001fb", 3, 5, 1)),
                List.of(new Evidence("a\u001eb", 3, 5, 1)),
                List.of(new Evidence(null, -1, -1, 0.5)))) {
            String stored = EvidenceColumn.write(evidence);
            assertEquals(EvidenceJson.write(evidence), stored);
            assertEquals(evidence, EvidenceColumn.read(stored));
        }
    }

    @Test
    void theJsonOfOlderLibrariesReadsAsBefore() {
        String old = "[{\"term\":\"质量强市\",\"start\":12,\"end\":16,\"weight\":1.0},"
                + "{\"term\":\"标准\",\"start\":-1,\"end\":-1,\"weight\":0.5}]";
        assertEquals(List.of(new Evidence("质量强市", 12, 16, 1.0), new Evidence("标准", -1, -1, 0.5)),
                EvidenceColumn.read(old));
        assertEquals(List.of(), EvidenceColumn.read("[]"));
        for (List<Evidence> evidence : SAMPLES) {
            assertEquals(evidence, EvidenceColumn.read(EvidenceJson.write(evidence)));
        }
    }

    @Test
    void refusesWhatIsNeitherForm() {
        for (String stored : List.of("1\u001f2\u001f3", "1\u001f2", "x\u001f2\u001f3\u001fterm",
                "1\u001f2\u001fheavy\u001fterm", "1\u001f2\u001f3\u001fa\u001e", "1\u001f2\u001e3\u001f4\u001fa",
                "[not json", "{}")) {
            assertThrows(StoreException.class, () -> EvidenceColumn.read(stored), stored);
        }
    }
}
