package org.policylens.compare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the indicator dictionary from JSON (the format of data/indicators.json: a top-level array of
 * {key, nameZh, nameEn, unitKind, variants}). Takes a stream so that the compare package never opens files itself.
 */
public final class IndicatorDictionaryLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private IndicatorDictionaryLoader() {
    }

    public static IndicatorDictionary load(InputStream in) throws IOException {
        IndicatorDictionary.Entry[] entries = JSON.readValue(in, IndicatorDictionary.Entry[].class);
        return new IndicatorDictionary(List.of(entries));
    }
}
