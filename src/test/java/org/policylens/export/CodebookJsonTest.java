package org.policylens.export;

import org.junit.jupiter.api.Test;
import org.policylens.model.Codebook;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeRule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodebookJsonTest {

    private final CodebookJson json = new CodebookJson();

    private Codebook roundTrip(Codebook codebook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(codebook, out);
        return json.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void smallCodebookRoundTrips() throws IOException {
        Codebook book = new Codebook("mine", "我的编码本", List.of(
                new Theme("a", "甲", "A", "first", null,
                        new ThemeRule(List.of(new Keyword("计量", 3), new Keyword("檢測", 1.5)), List.of("计量|检测"),
                                List.of("计量标准"))),
                new Theme("b", "乙", "B", "", "a", ThemeRule.EMPTY)));
        assertEquals(book, roundTrip(book));
    }

    @Test
    void defaultCodebookRoundTrips() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/data/codebooks/default.json")) {
            assertNotNull(in);
            Codebook defaults = json.read(in);
            assertEquals(17, defaults.themes().size());
            assertEquals(defaults, roundTrip(defaults));
        }
    }

    @Test
    void invalidJsonGivesAReadableError() {
        assertThrows(IllegalArgumentException.class, () -> read("{not json"));
        assertThrows(IllegalArgumentException.class, () -> read("[]"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"id\":\"x\",\"themes\":[{\"nameZh\":\"无代码\"}]}"));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"id\":\"x\",\"themes\":[{\"code\":\"a\",\"keywords\":{\"标准\":1,\"标准\":2}}]}"));
        assertTrue(duplicate.getMessage().contains("标准"), duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(
                "{\"id\":\"x\",\"themes\":[{\"code\":\"a\",\"keywords\":{\"标准\":\"heavy\"}}]}"));
        assertThrows(IllegalArgumentException.class, () -> read(
                "{\"id\":\"x\",\"themes\":[{\"code\":\"a\",\"headingPatterns\":[\"(\"]}]}"));
    }

    private Codebook read(String text) throws IOException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
