package org.policylens.compare;

import java.util.List;
import java.util.Objects;

/**
 * The shipped dictionary of canonical indicators (data/indicators.json): each with an ascii key, a Chinese and an
 * English name, the kind of unit it is measured in and the variants regions write it as.
 */
public record IndicatorDictionary(List<Entry> entries) {

    /**
     * @param key      ascii key, e.g. manufacturing_pass_rate
     * @param nameZh   Chinese name
     * @param nameEn   English name
     * @param unitKind {@code percent}, {@code count}, {@code money}, {@code index} or {@code other}
     * @param variants known ways of writing it (Simplified or Traditional)
     */
    public record Entry(String key, String nameZh, String nameEn, String unitKind, List<String> variants) {

        public Entry {
            Objects.requireNonNull(key, "key");
            nameZh = nameZh == null ? "" : nameZh;
            nameEn = nameEn == null ? "" : nameEn;
            unitKind = unitKind == null ? "other" : unitKind;
            variants = variants == null ? List.of() : List.copyOf(variants);
        }
    }

    public IndicatorDictionary {
        entries = List.copyOf(entries);
    }

    public static IndicatorDictionary empty() {
        return new IndicatorDictionary(List.of());
    }
}
