package org.policylens.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SQLite driver loads its native library from. Left alone, the driver copies the library out of the jar
 * into the temp folder at every start, under a new name (about 1 MB written and read back: a tenth of a second of
 * the way to the first window, and of every CLI command), and a process that is killed leaves its copy there. This
 * keeps one copy per driver version and platform in a folder of the user's, and points the driver at it. If the copy
 * cannot be made, or the driver cannot load it, the driver does as it always did.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Before the first connection: has the driver load its native library from {@code folder} (made if missing),
     * copying it there when it is not there yet. Does nothing when the driver's location is set already (a user's
     * {@code -Dorg.sqlite.lib.path}), or once the driver has loaded.
     */
    public static void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        URL packed = SQLiteJDBCLoader.class.getResource(resource);
        if (packed == null) {
            return;
        }
        // One folder per driver version and platform (Linux/x86_64, Windows/x86_64 …): a newer driver, or the same
        // user folder on another machine, never loads another library.
        Path copy = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS()).resolve(name);
        try {
            Path kept = kept(packed, copy);
            System.setProperty(NAME_PROPERTY, kept.getFileName().toString());
            System.setProperty(PATH_PROPERTY, kept.getParent().toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library stays with the driver's own copy: {}", e.toString());
        }
    }

    /** The kept copy, written first when missing or not the size of the packed one (cut short by a crash). */
    private static Path kept(URL packed, Path copy) throws IOException {
        long size = packed.openConnection().getContentLengthLong();
        if (Files.isRegularFile(copy) && size >= 0 && Files.size(copy) == size) {
            return copy;
        }
        Files.createDirectories(copy.getParent());
        // Written beside it and moved into place in one step: another PolicyLens starting at the same time never
        // loads half a file.
        Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            try (InputStream in = packed.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return copy;
    }
}
