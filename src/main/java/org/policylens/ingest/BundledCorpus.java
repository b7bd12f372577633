package org.policylens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.Script;

/**
 * The documents that ship inside the application ({@code /data/corpus/} on the class path): the five bundled policy
 * texts and {@code manifest.json}, which states their metadata authoritatively (guessing is for user imports).
 */
public final class BundledCorpus {

    private static final String FOLDER = "/data/corpus/";

    /** A bundled file and the metadata its manifest gives. */
    public record Entry(DocumentMetadata metadata, byte[] bytes) {
    }

    private BundledCorpus() {
    }

    public static List<Entry> load() {
        JsonNode manifest;
        try (InputStream in = open("manifest.json")) {
            manifest = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled corpus manifest is unreadable", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : manifest) {
            String file = node.path("file").asText();
            DocumentMetadata meta = new DocumentMetadata(node.path("slug").asText(), text(node, "title"),
                    text(node, "issuer"), Level.fromCode(node.path("level").asText()), text(node, "region"),
                    text(node, "date"), text(node, "docNumber"), Script.fromCode(node.path("script").asText()), file);
            try (InputStream in = open(file)) {
                entries.add(new Entry(meta, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled document " + file + " is unreadable", e);
            }
        }
        return entries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledCorpus.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing from the application: " + FOLDER + name);
        }
        return in;
    }
}
