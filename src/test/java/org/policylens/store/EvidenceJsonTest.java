package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.Evidence;

/** The evidence column reads back what was written, exactly as binding it with Jackson's databind reads it. */
class EvidenceJsonTest {

    /** How the column was read before the streaming reader: bound through a record. */
    private record Item(String term, int start, int end, double weight) {
    }

    private static List<Evidence> bound(String json) throws Exception {
        return new ObjectMapper().readValue(json, new TypeReference<List<Item>>() { }).stream()
                .map(i -> new Evidence(i.term(), i.start(), i.end(), i.weight())).toList();
    }

    @Test
    void readsWhatWasWrittenAsBindingDoes() throws Exception {
        List<List<Evidence>> samples = List.of(
                List.of(),
                List.of(new Evidence("质量", 3, 5, 1.0)),
                List.of(new Evidence("标准化", -1, -1, 0.5), new Evidence("標準", 0, 2, 1e-7),
                        new Evidence("quote \" and \\ slash", 12, 40, 2.0 / 3)),
                List.of(new Evidence("𠀀 astral", 2_000_000_000, 2_000_000_001, Double.MAX_VALUE),
                        new Evidence("", 0, 0, -0.0), new Evidence("line\nbreak\ttab", 7, 9, 123456.789)));
        for (List<Evidence> evidence : samples) {
            String json = EvidenceJson.write(evidence);
            assertEquals(evidence, EvidenceJson.read(json), json);
            assertEquals(bound(json), EvidenceJson.read(json), json);
        }
        String reordered = "[{\"weight\":0.25,\"end\":4,\"term\":\"品牌\",\"start\":2},{\"term\":null}]";
        assertEquals(bound(reordered), EvidenceJson.read(reordered));
    }

    @Test
    void refusesWhatIsNotAnArrayOfEvidence() {
        for (String json : List.of("", "{}", "[1]", "[{\"term\":\"a\",\"colour\":\"red\"}]", "[{\"term\":[\"a\"]}]",
                "[{\"term\":\"a\"}", "[{\"term\":\"a\"}] []", "not json")) {
            assertThrows(StoreException.class, () -> EvidenceJson.read(json), json);
        }
    }
}
