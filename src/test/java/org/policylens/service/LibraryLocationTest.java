package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {

    private static final String HOME = "/home/lin";

    @Test
    void theDbArgumentWinsThenPolicylensDbThenThePerUserFolder() {
        Map<String, String> env = Map.of("POLICYLENS_DB", "/data/env.db", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("mine.db"), LibraryLocation.resolve(Path.of("mine.db"), env, "Linux", HOME));
        assertEquals(Path.of("/data/env.db"), LibraryLocation.resolve(null, env, "Linux", HOME));
        assertEquals(Path.of("/xdg/policylens/library.db"),
                LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
    }

    @Test
    void thePerUserFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of(HOME, ".local", "share", "policylens"),
                LibraryLocation.userFolder(Map.of(), "Linux", HOME));
        assertEquals(Path.of("/xdg", "policylens"),
                LibraryLocation.userFolder(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of("C:/Users/lin/AppData/Roaming", "PolicyLens"),
                LibraryLocation.userFolder(Map.of("APPDATA", "C:/Users/lin/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(Path.of(HOME, "Library", "Application Support", "PolicyLens"),
                LibraryLocation.userFolder(Map.of(), "Mac OS X", HOME));
        assertEquals(LibraryLocation.userFolder(Map.of(), "Linux", HOME).resolve("library.db"),
                LibraryLocation.resolve(null, Map.of(), "Linux", HOME));
    }

    @Test
    void theCacheFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of(HOME, ".cache", "policylens"), LibraryLocation.cacheFolder(Map.of(), "Linux", HOME));
        assertEquals(Path.of("/xc", "policylens"),
                LibraryLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "/xc"), "Linux", HOME));
        assertEquals(Path.of("C:/Users/lin/AppData/Local", "PolicyLens", "Cache"),
                LibraryLocation.cacheFolder(Map.of("LOCALAPPDATA", "C:/Users/lin/AppData/Local"), "Windows 11", HOME));
        assertEquals(Path.of(HOME, "Library", "Caches", "PolicyLens"),
                LibraryLocation.cacheFolder(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void dbArgumentReadsBothSpellings() {
        assertEquals(Path.of("a.db"), LibraryLocation.dbArgument(List.of("--db", "a.db", "list")));
        assertEquals(Path.of("b.db"), LibraryLocation.dbArgument(List.of("list", "--db=b.db")));
        assertEquals(null, LibraryLocation.dbArgument(List.of("list")));
    }
}
