package org.policylens.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.policylens.compare.IndicatorAlignment;
import org.policylens.ingest.IndicatorDictionaryLoader;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes target/targets.json, target/subsidies.json and target/docmap.json in the CLI's JSON format, so that
 * ../shared/tools/eval_extraction.py can score this branch before the CLI exists. Offsets in the dump are offsets
 * into the raw file (the hefei body offset is added back), since the scorer reads the raw files.
 */
public final class ExtractionJsonDump {

    public static void main(String[] args) throws IOException {
        Path outDir = Path.of(args.length > 0 ? args[0] : "target");
        write(outDir);
    }

    static void write(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> targets = new ArrayList<>();
        List<Map<String, Object>> subsidies = new ArrayList<>();
        Map<String, Object> docmap = new LinkedHashMap<>();
        IndicatorAlignment alignment;
        try (var in = Files.newInputStream(Path.of("data", "indicators.json"))) {
            alignment = new IndicatorAlignment(IndicatorDictionaryLoader.load(in));
        }
        for (String slug : GoldCorpus.SLUGS) {
            String raw = GoldCorpus.raw(slug);
            int offset = raw.codePointCount(0, GoldCorpus.bodyOffset(slug, raw));
            String body = raw.substring(GoldCorpus.bodyOffset(slug, raw));
            for (Target t : new TargetExtractor().extract(body)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("document", slug);
                r.put("region", slug);
                r.put("indicator", t.indicator());
                r.put("indicatorKey", alignment.keyFor(t));
                r.put("value", t.value());
                r.put("valueMax", t.valueMax());
                r.put("unit", t.unit());
                r.put("comparator", t.comparator().symbol());
                r.put("year", t.year());
                r.put("perYear", t.perYear());
                r.put("quote", t.quote());
                r.put("start", t.start() + offset);
                r.put("end", t.end() + offset);
                r.put("status", "auto");
                targets.add(r);
            }
            for (Subsidy s : new SubsidyExtractor().extract(body)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("document", slug);
                r.put("region", slug);
                r.put("item", s.item());
                r.put("recipient", s.recipient());
                r.put("amountYuan", s.amountYuan());
                r.put("amountText", s.amountText());
                r.put("kind", s.kind());
                r.put("quote", s.quote());
                r.put("start", s.start() + offset);
                r.put("end", s.end() + offset);
                r.put("status", "auto");
                subsidies.add(r);
            }
            docmap.put(slug, Map.of("path", GoldCorpus.file(slug).toAbsolutePath().toString(), "slug", slug));
        }
        json.writeValue(outDir.resolve("targets.json").toFile(), targets);
        json.writeValue(outDir.resolve("subsidies.json").toFile(), subsidies);
        json.writeValue(outDir.resolve("docmap.json").toFile(), docmap);
    }
}
