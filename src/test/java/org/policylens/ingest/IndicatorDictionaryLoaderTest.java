package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.compare.IndicatorDictionary;

class IndicatorDictionaryLoaderTest {

    private static final String SHIPPED = "/data/indicators.json";

    @Test
    void readsTheShippedDictionaryAsDataBindingDoes() throws IOException {
        IndicatorDictionary streamed;
        try (InputStream in = IndicatorDictionaryLoaderTest.class.getResourceAsStream(SHIPPED)) {
            streamed = IndicatorDictionaryLoader.load(in);
        }
        IndicatorDictionary.Entry[] bound;
        try (InputStream in = IndicatorDictionaryLoaderTest.class.getResourceAsStream(SHIPPED)) {
            bound = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, IndicatorDictionary.Entry[].class);
        }
        assertTrue(streamed.entries().size() > 10, "the shipped dictionary has its indicators");
        assertEquals(List.of(bound), streamed.entries());
    }

    @Test
    void ignoresUnknownFieldsAndFillsDefaults() throws IOException {
        IndicatorDictionary dictionary = load("""
                [{"key": "a", "comment": {"nested": [1, 2]}, "variants": ["甲", "乙"]},
                 {"key": "b", "nameZh": "质量", "unitKind": null}]""");
        assertEquals(List.of(
                new IndicatorDictionary.Entry("a", "", "", "other", List.of("甲", "乙")),
                new IndicatorDictionary.Entry("b", "质量", "", "other", List.of())), dictionary.entries());
    }

    @Test
    void refusesWhatIsNotADictionary() {
        assertThrows(IOException.class, () -> load("{\"key\": \"a\"}"));
        assertThrows(IOException.class, () -> load("[{\"nameZh\": \"没有键\"}]"));
        assertThrows(IOException.class, () -> load("[{\"key\": \"a\", \"variants\": [1]}]"));
        assertThrows(IOException.class, () -> load("[{\"key\": \"a\""));
    }

    private static IndicatorDictionary load(String json) throws IOException {
        return IndicatorDictionaryLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
