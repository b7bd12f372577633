package org.policylens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policylens.i18n.Messages;

/** The Chinese and English bundles must stay in step, and every key the UI asks for must exist. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (Properties bundle : new Properties[] {chinese, english}) {
            bundle.stringPropertyNames().forEach(key ->
                    assertTrue(!bundle.getProperty(key).isBlank(), "empty value for " + key));
        }
    }

    @Test
    void everyLiteralKeyUsedByTheUiExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern get = Pattern.compile("messages\\(\\)\\.get\\(\"([a-z0-9.]+)\"\\s*[,)]|messages\\.get\\(\"([a-z0-9.]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/policylens/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = get.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!keys.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 50, "the scan should see the UI's keys, saw " + found);
        assertEquals(Set.of(), missing);
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (org.policylens.model.Level level : org.policylens.model.Level.values()) {
            assertTrue(keys.contains("level." + level.code()), level.code());
        }
        for (org.policylens.model.Script script : org.policylens.model.Script.values()) {
            assertTrue(keys.contains("script." + script.code()), script.code());
        }
        for (org.policylens.ui.library.LibrarySort sort : org.policylens.ui.library.LibrarySort.values()) {
            assertTrue(keys.contains("library.sort." + sort.name().toLowerCase(java.util.Locale.ROOT)), sort.name());
        }
        assertTrue(keys.containsAll(Set.of("language.zh", "language.en", "level.unknown")));
    }

    @Test
    void chineseIsTheDefaultAndEnglishTheAlternative() {
        assertEquals("资料库", new Messages(Messages.CHINESE).get("library.title"));
        assertEquals("Library", new Messages(Messages.ENGLISH).get("library.title"));
    }
}
