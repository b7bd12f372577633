package org.policylens.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library file lives: {@code --db} first, then {@code POLICYLENS_DB}, then the platform's per-user data
 * folder ({@code $XDG_DATA_HOME/policylens}, {@code %APPDATA%\PolicyLens}, {@code ~/Library/Application Support}).
 */
public final class LibraryLocation {

    static final String FILE_NAME = "library.db";

    private LibraryLocation() {
    }

    /** The value of a {@code --db FILE} or {@code --db=FILE} argument, or null. */
    public static Path dbArgument(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return Path.of(arg.substring("--db=".length()));
            }
        }
        return null;
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("POLICYLENS_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return userFolder(env, osName, home).resolve(FILE_NAME);
    }

    /**
     * The platform's per-user cache folder of PolicyLens ({@code $XDG_CACHE_HOME/policylens},
     * {@code %LOCALAPPDATA%\PolicyLens\Cache}, {@code ~/Library/Caches/PolicyLens}): files it can make again, kept
     * out of backups and roaming profiles.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path cacheFolder(Map<String, String> env, String osName, String home) {
        return Kind.CACHE.folder(env, osName, home);
    }

    /** The platform's per-user folder of PolicyLens, which holds the library unless another is named. */
    static Path userFolder() {
        return userFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path userFolder(Map<String, String> env, String osName, String home) {
        return Kind.DATA.folder(env, osName, home);
    }

    /** Where each platform keeps a user's data and caches. */
    private enum Kind {
        DATA("APPDATA", "Roaming", Path.of("PolicyLens"), "Application Support", "XDG_DATA_HOME", ".local/share"),
        CACHE("LOCALAPPDATA", "Local", Path.of("PolicyLens", "Cache"), "Caches", "XDG_CACHE_HOME", ".cache");

        private final String windowsVariable;
        private final String windowsAppDataFolder;
        private final Path windowsFolder;
        private final String macLibraryFolder;
        private final String xdgVariable;
        private final String xdgDefault;

        Kind(String windowsVariable, String windowsAppDataFolder, Path windowsFolder, String macLibraryFolder,
             String xdgVariable, String xdgDefault) {
            this.windowsVariable = windowsVariable;
            this.windowsAppDataFolder = windowsAppDataFolder;
            this.windowsFolder = windowsFolder;
            this.macLibraryFolder = macLibraryFolder;
            this.xdgVariable = xdgVariable;
            this.xdgDefault = xdgDefault;
        }

        Path folder(Map<String, String> env, String osName, String home) {
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.contains("win")) {
                String variable = env.get(windowsVariable);
                Path base = variable != null ? Path.of(variable) : Path.of(home, "AppData", windowsAppDataFolder);
                return base.resolve(windowsFolder);
            }
            if (os.contains("mac")) {
                return Path.of(home, "Library", macLibraryFolder, "PolicyLens");
            }
            String xdg = env.get(xdgVariable);
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home).resolve(xdgDefault);
            return base.resolve("policylens");
        }
    }
}
