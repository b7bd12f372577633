package org.policylens.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.policylens.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs: theme, language, size and position, recent search queries. Kept in a small
 * properties file beside the library (the per-user data folder), so a library and its window settings travel
 * together and tests can point it at a temporary folder. Every change is written at once: the file is tiny, and
 * nothing is lost when the app is killed.
 */
public final class UiPreferences {

    /** The file name used beside the library file. */
    public static final String FILE_NAME = "policylens-ui.properties";
    static final int MAX_RECENT_QUERIES = 10;

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable settings are not worth bothering the user: start with defaults.
                LOG.warn("ignoring unreadable window settings {}: {}", file, e.getMessage());
            }
        }
    }

    /** The settings that belong with the library at {@code libraryFile}. */
    public static UiPreferences besideLibrary(Path libraryFile) {
        return new UiPreferences(libraryFile.toAbsolutePath().resolveSibling(FILE_NAME));
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        put("theme.dark", Boolean.toString(dark));
    }

    /** Chinese unless the user chose English. */
    public Locale language() {
        return "en".equals(values.getProperty("language")) ? Messages.ENGLISH : Messages.CHINESE;
    }

    public void setLanguage(Locale locale) {
        put("language", locale.getLanguage());
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double width = Double.parseDouble(values.getProperty("window.width"));
            double height = Double.parseDouble(values.getProperty("window.height"));
            boolean maximized = Boolean.parseBoolean(values.getProperty("window.maximized"));
            return width > 0 && height > 0 ? Optional.of(new WindowBounds(x, y, width, height, maximized))
                    : Optional.empty();
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        put("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Recent search queries, newest first. */
    public List<String> recentQueries() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT_QUERIES; i++) {
            String query = values.getProperty("search.recent." + i);
            if (query != null && !query.isBlank()) {
                recent.add(query);
            }
        }
        return recent;
    }

    public void setRecentQueries(List<String> newestFirst) {
        for (int i = 0; i < MAX_RECENT_QUERIES; i++) {
            if (i < newestFirst.size()) {
                values.setProperty("search.recent." + i, newestFirst.get(i));
            } else {
                values.remove("search.recent." + i);
            }
        }
        save();
    }

    /** The documents the comparison views compare (slugs); empty until the user chooses. */
    public List<String> comparedDocuments() {
        String value = values.getProperty("compare.documents", "");
        return value.isBlank() ? List.of() : List.of(value.split(","));
    }

    public void setComparedDocuments(List<String> slugs) {
        put("compare.documents", String.join(",", slugs));
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "PolicyLens window settings");
            }
        } catch (IOException e) {
            // Losing a window setting is harmless; say so in the log once per failed write.
            LOG.warn("cannot save window settings to {}: {}", file, e.getMessage());
        }
    }
}
