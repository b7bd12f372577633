package org.policylens.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policylens.model.Codebook;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a codebook as JSON; the only place codebook JSON is parsed. The format is meant to be edited by
 * hand, so keywords are an object of term → weight:
 *
 * <pre>{@code
 * {"id": "default", "name": "…", "themes": [
 *   {"code": "standards", "nameZh": "标准化", "nameEn": "Standardisation", "description": "…", "parent": null,
 *    "keywords": {"标准化": 3, "地方标准": 3}, "headingPatterns": ["标准"], "exclusions": ["计量标准"]}]}
 * }</pre>
 *
 * Duplicate keys are rejected, because a term listed twice is almost certainly an editing mistake.
 */
public final class CodebookJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    /** Reads a codebook; throws {@link IllegalArgumentException} with a readable message when the JSON is invalid. */
    public Codebook read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("codebook is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("codebook JSON must be an object");
        }
        String id = requiredText(root, "id", "codebook");
        List<Theme> themes = new ArrayList<>();
        JsonNode themeNodes = root.path("themes");
        if (!themeNodes.isArray()) {
            throw new IllegalArgumentException("codebook " + id + ": 'themes' must be an array");
        }
        for (JsonNode node : themeNodes) {
            themes.add(readTheme(node));
        }
        return new Codebook(id, root.path("name").asText(""), themes);
    }

    public void write(Codebook codebook, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", codebook.id());
        root.put("name", codebook.name());
        ArrayNode themes = root.putArray("themes");
        for (Theme theme : codebook.themes()) {
            ObjectNode node = themes.addObject();
            node.put("code", theme.code());
            node.put("nameZh", theme.nameZh());
            node.put("nameEn", theme.nameEn());
            node.put("description", theme.description());
            node.put("parent", theme.parentCode());
            ObjectNode keywords = node.putObject("keywords");
            for (Keyword keyword : theme.rule().keywords()) {
                keywords.put(keyword.term(), keyword.weight());
            }
            ArrayNode patterns = node.putArray("headingPatterns");
            theme.rule().headingPatterns().forEach(patterns::add);
            ArrayNode exclusions = node.putArray("exclusions");
            theme.rule().exclusions().forEach(exclusions::add);
        }
        mapper.writeValue(out, root);
        out.flush();
    }

    private static Theme readTheme(JsonNode node) {
        String code = requiredText(node, "code", "theme");
        List<Keyword> keywords = new ArrayList<>();
        JsonNode keywordNode = node.path("keywords");
        if (!keywordNode.isMissingNode() && !keywordNode.isObject()) {
            throw new IllegalArgumentException("theme " + code + ": 'keywords' must be an object of term: weight");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = keywordNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isNumber()) {
                throw new IllegalArgumentException("theme " + code + ": weight of '" + entry.getKey() + "' must be a number");
            }
            keywords.add(new Keyword(entry.getKey(), entry.getValue().asDouble()));
        }
        JsonNode parent = node.path("parent");
        return new Theme(code, node.path("nameZh").asText(""), node.path("nameEn").asText(""),
                node.path("description").asText(""), parent.isTextual() ? parent.asText() : null,
                new ThemeRule(keywords, texts(node, "headingPatterns", code), texts(node, "exclusions", code)));
    }

    private static List<String> texts(JsonNode node, String field, String code) {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("theme " + code + ": '" + field + "' must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static String requiredText(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(what + " needs a non-empty '" + field + "'");
        }
        return value.asText();
    }
}
