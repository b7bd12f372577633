package org.policylens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.i18n.Messages;

class UiPreferencesTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreLightChineseAndNoBounds() {
        UiPreferences prefs = new UiPreferences(dir.resolve("none.properties"));
        assertFalse(prefs.darkTheme());
        assertEquals(Messages.CHINESE, prefs.language());
        assertTrue(prefs.windowBounds().isEmpty());
        assertTrue(prefs.recentQueries().isEmpty());
    }

    @Test
    void settingsSurviveARestart() {
        Path file = dir.resolve("sub/ui.properties");
        UiPreferences first = new UiPreferences(file);
        first.setDarkTheme(true);
        first.setLanguage(Messages.ENGLISH);
        first.setWindowBounds(new UiPreferences.WindowBounds(10, 20, 900, 700, false));
        first.setRecentQueries(List.of("质量奖", "標準"));

        UiPreferences second = new UiPreferences(file);
        assertTrue(second.darkTheme());
        assertEquals(Messages.ENGLISH, second.language());
        assertEquals(new UiPreferences.WindowBounds(10, 20, 900, 700, false), second.windowBounds().orElseThrow());
        assertEquals(List.of("质量奖", "標準"), second.recentQueries());
    }

    @Test
    void keepsAtMostTenRecentQueries() {
        UiPreferences prefs = new UiPreferences(dir.resolve("ui.properties"));
        prefs.setRecentQueries(IntStream.range(0, 15).mapToObj(i -> "q" + i).toList());
        assertEquals(UiPreferences.MAX_RECENT_QUERIES, prefs.recentQueries().size());
        prefs.setRecentQueries(List.of("only"));
        assertEquals(List.of("only"), new UiPreferences(dir.resolve("ui.properties")).recentQueries());
    }

    @Test
    void unreadableFileFallsBackToDefaults() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});
        assertFalse(new UiPreferences(file).darkTheme());
    }
}
