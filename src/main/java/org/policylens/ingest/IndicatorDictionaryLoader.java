package org.policylens.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.policylens.compare.IndicatorDictionary;

/**
 * Reads the indicator dictionary from JSON (the format of data/indicators.json: a top-level array of
 * {key, nameZh, nameEn, unitKind, variants}). Reading the JSON lives in ingest so that compare stays plain Java.
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
