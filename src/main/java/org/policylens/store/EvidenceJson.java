package org.policylens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.policylens.model.Evidence;

/** The evidence column of passage_theme: a JSON array of {term, start, end, weight}. */
final class EvidenceJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Item(String term, int start, int end, double weight) {
    }

    private EvidenceJson() {
    }

    static String write(List<Evidence> evidence) {
        try {
            return JSON.writeValueAsString(evidence.stream()
                    .map(e -> new Item(e.term(), e.start(), e.end(), e.weight())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is plain values and always serialises", e);
        }
    }

    static List<Evidence> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Item>>() { }).stream()
                    .map(i -> new Evidence(i.term(), i.start(), i.end(), i.weight())).toList();
        } catch (JsonProcessingException e) {
            throw new StoreException("stored theme evidence is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
