package org.policylens.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;

/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose
 * items each carry the note as a commenting TextualBody, each tag as a tagging TextualBody, and a target with a
 * TextQuoteSelector and a TextPositionSelector. The document is named by a URN with its slug; the colour travels in
 * a PolicyLens property other tools ignore.
 */
public final class AnnotationJsonLd {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String SOURCE_PREFIX = "urn:policylens:document:";
    static final String ID_PREFIX = "urn:uuid:";
    static final String COLOR = "policylens:color";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnnotationJsonLd() {
    }

    public static void write(List<Annotation> annotations, OutputStream out) throws IOException {
        ObjectNode collection = JSON.createObjectNode();
        ArrayNode context = collection.putArray("@context");
        context.add(CONTEXT);
        context.addObject().put("policylens", "urn:policylens:");
        collection.put("type", "AnnotationCollection");
        collection.put("label", "PolicyLens annotations");
        collection.put("total", annotations.size());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        for (Annotation a : annotations) {
            items.add(item(a));
        }
        JSON.writeValue(out, collection);
    }

    private static ObjectNode item(Annotation a) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", ID_PREFIX + a.uuid());
        item.put("type", "Annotation");
        item.put("created", a.createdAt());
        item.put("modified", a.modifiedAt());
        item.put(COLOR, a.color().code());
        ArrayNode body = item.putArray("body");
        if (!a.note().isEmpty()) {
            body.addObject().put("type", "TextualBody").put("purpose", "commenting").put("value", a.note())
                    .put("format", "text/plain");
        }
        for (String tag : a.tags()) {
            body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag);
        }
        ObjectNode target = item.putObject("target");
        target.put("source", SOURCE_PREFIX + a.documentSlug());
        ArrayNode selectors = target.putArray("selector");
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", a.quote()).put("prefix", a.prefix())
                .put("suffix", a.suffix());
        selectors.addObject().put("type", "TextPositionSelector").put("start", a.start()).put("end", a.end());
        return item;
    }

    /**
     * Reads annotations written by {@link #write} or by other tools that follow the model (a collection, a page, an
     * array or a single annotation). Ids are 0; annotations without a quote or a document are refused.
     *
     * @throws IllegalArgumentException with a readable message when the file is not Web Annotation JSON
     */
    public static List<Annotation> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON file: " + e.getOriginalMessage());
        }
        if (root == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<Annotation> out = new ArrayList<>();
        for (JsonNode item : items(root)) {
            out.add(annotation(item));
        }
        return out;
    }

    private static List<JsonNode> items(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.has("first")) {
            root.get("first").path("items").forEach(items::add);
        } else if (root.has("items")) {
            root.get("items").forEach(items::add);
        } else if ("Annotation".equals(root.path("type").asText())) {
            items.add(root);
        } else {
            throw new IllegalArgumentException("no Web Annotation collection, page or annotation in the file");
        }
        return items;
    }

    private static Annotation annotation(JsonNode item) {
        String id = item.path("id").asText("");
        String uuid = id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : id;
        JsonNode target = item.path("target");
        String source = target.path("source").asText("");
        if (!source.startsWith(SOURCE_PREFIX) || uuid.isEmpty()) {
            throw new IllegalArgumentException("annotation " + id + " has no PolicyLens document source or id");
        }
        String quote = null;
        String prefix = "";
        String suffix = "";
        int start = -1;
        int end = -1;
        for (JsonNode selector : target.path("selector")) {
            switch (selector.path("type").asText()) {
                case "TextQuoteSelector" -> {
                    quote = selector.path("exact").asText(null);
                    prefix = selector.path("prefix").asText("");
                    suffix = selector.path("suffix").asText("");
                }
                case "TextPositionSelector" -> {
                    start = selector.path("start").asInt(-1);
                    end = selector.path("end").asInt(-1);
                }
                default -> { }
            }
        }
        if (quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("annotation " + id + " has no TextQuoteSelector");
        }
        if (start < 0 || end < start) {
            // No usable TextPositionSelector: the quote alone will place it.
            start = 0;
            end = 0;
        }
        String note = "";
        List<String> tags = new ArrayList<>();
        for (JsonNode body : item.path("body")) {
            String purpose = body.path("purpose").asText("");
            if (purpose.equals("tagging")) {
                tags.add(body.path("value").asText());
            } else if (purpose.equals("commenting") || purpose.isEmpty()) {
                note = note.isEmpty() ? body.path("value").asText("") : note + "\n" + body.path("value").asText("");
            }
        }
        AnnotationColor color;
        try {
            color = AnnotationColor.fromCode(item.path(COLOR).asText("yellow"));
        } catch (IllegalArgumentException e) {
            color = AnnotationColor.YELLOW;
        }
        String created = item.path("created").asText("");
        String modified = item.path("modified").asText(created);
        return new Annotation(0, uuid, source.substring(SOURCE_PREFIX.length()), start, end, quote, prefix, suffix,
                note, color, tags, false, created, modified);
    }
}
