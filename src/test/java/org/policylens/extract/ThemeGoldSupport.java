package org.policylens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policylens.export.CodebookJson;
import org.policylens.model.Codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Shared loading for tests that use the default codebook, the bundled corpus and the hand labels. */
final class ThemeGoldSupport {

    static final Path GOLD = Path.of("..", "shared", "gold", "themes.jsonl");
    static final Path CORPUS = Path.of("data", "corpus");
    static final List<String> DOCUMENTS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");

    record GoldRecord(String doc, String quote, String primary, List<String> themes) {
    }

    private ThemeGoldSupport() {
    }

    static Codebook defaultCodebook() {
        try (InputStream in = ThemeGoldSupport.class.getResourceAsStream("/data/codebooks/default.json")) {
            if (in == null) {
                throw new IllegalStateException("default codebook missing from the class path");
            }
            return new CodebookJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String corpusText(String doc) {
        try {
            return Files.readString(CORPUS.resolve(doc + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GoldRecord> gold() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            List<String> themes = new ArrayList<>();
            node.path("themes").forEach(t -> themes.add(t.asText()));
            records.add(new GoldRecord(node.path("doc").asText(), node.path("quote").asText(),
                    node.path("primary").asText(), themes));
        }
        return records;
    }

    /** The comparison form the scorer uses: NFKC, no whitespace. */
    static String compact(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
