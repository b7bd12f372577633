package org.policylens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.policylens.compare.IndicatorDictionary;

/**
 * Reads the indicator dictionary from JSON (the format of data/indicators.json: a top-level array of
 * {key, nameZh, nameEn, unitKind, variants}; other fields are ignored). Reading the JSON lives in ingest so that
 * compare stays plain Java.
 *
 * <p>Read with Jackson's streaming parser rather than data binding: the dictionary is read every time a library is
 * opened, on the way to the first window, and an {@code ObjectMapper} loads some 500 classes (a third of a second
 * at start) for what is a flat list of five fields.
 */
public final class IndicatorDictionaryLoader {

    private static final JsonFactory JSON = new JsonFactory();

    private IndicatorDictionaryLoader() {
    }

    public static IndicatorDictionary load(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "an array of indicators");
            List<IndicatorDictionary.Entry> entries = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(parser, token, JsonToken.START_OBJECT, "an indicator object");
                entries.add(readEntry(parser));
            }
            return new IndicatorDictionary(entries);
        }
    }

    private static IndicatorDictionary.Entry readEntry(JsonParser parser) throws IOException {
        String key = null;
        String nameZh = null;
        String nameEn = null;
        String unitKind = null;
        List<String> variants = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "key" -> key = text(parser, value);
                case "nameZh" -> nameZh = text(parser, value);
                case "nameEn" -> nameEn = text(parser, value);
                case "unitKind" -> unitKind = text(parser, value);
                case "variants" -> variants = texts(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (key == null) {
            throw new JsonParseException(parser, "an indicator without a \"key\"");
        }
        return new IndicatorDictionary.Entry(key, nameZh, nameEn, unitKind, variants);
    }

    /** A string field's value; null when the field is null. */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser, value, JsonToken.VALUE_STRING, "a string");
        return parser.getText();
    }

    private static List<String> texts(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser, value, JsonToken.START_ARRAY, "an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            out.add(text(parser, token));
        }
        return out;
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken wanted, String what)
            throws JsonParseException {
        if (actual != wanted) {
            throw new JsonParseException(parser, "expected " + what + " but found " + actual);
        }
    }
}
