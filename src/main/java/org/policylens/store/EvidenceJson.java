package org.policylens.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Evidence;

/**
 * The evidence column of passage_theme as libraries before schema 10 hold it, a JSON array of {term, start, end,
 * weight}; since then {@link EvidenceColumn} writes a compact form and writes this one only for what that cannot hold.
 */
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

    /**
     * Reads what {@link #write} wrote, with Jackson's streaming parser: an export reads the evidence of every coded
     * passage in the library (300,000 at 3,000 documents), and binding each array through record classes took
     * several times as long. Like binding, it refuses fields other than the four and anything but an array of
     * objects; a field left out reads as null or 0.
     */
    static List<Evidence> read(String json) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            expect(parser.nextToken() == JsonToken.START_ARRAY, json);
            List<Evidence> out = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(token == JsonToken.START_OBJECT, json);
                out.add(item(parser, json));
            }
            expect(parser.nextToken() == null, json);
            return List.copyOf(out);
        } catch (IOException e) {
            throw new StoreException("stored theme evidence is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** One {term, start, end, weight} object, the parser standing on its start. */
    private static Evidence item(JsonParser parser, String json) throws IOException {
        String term = null;
        int start = 0;
        int end = 0;
        double weight = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            expect(token == JsonToken.FIELD_NAME, json);
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            expect(value != null && value.isScalarValue(), json);
            switch (field) {
                case "term" -> term = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                case "start" -> start = parser.getValueAsInt();
                case "end" -> end = parser.getValueAsInt();
                case "weight" -> weight = parser.getValueAsDouble();
                default -> throw new StoreException("stored theme evidence has an unknown field '" + field + "': "
                        + json);
            }
        }
        return new Evidence(term, start, end, weight);
    }

    private static void expect(boolean condition, String json) {
        if (!condition) {
            throw new StoreException("stored theme evidence is not an array of {term, start, end, weight}: " + json);
        }
    }
}
