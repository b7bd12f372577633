package org.policylens.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SQLite driver loads its native library from. Left alone, the driver copies the library out of the jar
 * into the temp folder at every start, under a new name (about 1 MB written and read back: a tenth of a second of
 * the way to the first window, and of every CLI command), and a process that is killed leaves its copy there. This
 * keeps one copy per driver version and platform in a cache folder of the user's, and points the driver at it.
 *
 * <p>The copy is loaded as code, so it is used only when its content is the jar's (CRC-32 of the packed entry), it is
 * a regular file rather than a link, and on POSIX systems it and its folder belong to the user and nobody else may
 * write them. Otherwise it is written again; if it cannot be, the driver does as it always did.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SqliteNativeLibrary() {
    }

    /**
     * Before the first connection: has the driver load its native library from {@code folder} (made if missing),
     * copying it there when it is not there yet or not the jar's. Does nothing when the driver's location is set
     * already (a user's {@code -Dorg.sqlite.lib.path}); once the driver has loaded, pointing it elsewhere changes
     * nothing.
     */
    public static void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        URL packed = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (packed == null) {
            return;
        }
        // One folder per driver version and platform (Linux/x86_64, Windows/x86_64 …): a newer driver never touches
        // a library that a running older one may hold open (Windows locks it), nor loads it.
        Path copy = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS()).resolve(name);
        try {
            long crc = crcOf(packed);
            if (!isTrustedCopy(copy, crc)) {
                write(packed, copy);
                if (!isTrustedCopy(copy, crc)) {
                    throw new IOException("the copy written to " + copy + " does not check out");
                }
            }
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("SQLite's native library cannot be kept in {} ({}); the driver copies it to the temp folder "
                    + "at every start instead", folder, e.toString());
        }
    }

    /** The packed library's CRC-32: from the jar's directory when it comes from a jar, else by reading it. */
    private static long crcOf(URL packed) throws IOException {
        URLConnection connection = packed.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0) {
            return jar.getJarEntry().getCrc();
        }
        try (InputStream in = connection.getInputStream()) {
            CRC32 crc = new CRC32();
            crc.update(ByteBuffer.wrap(in.readAllBytes()));
            return crc.getValue();
        }
    }

    private static boolean isTrustedCopy(Path copy, long crc) throws IOException {
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS) || !ownedAndGuarded(copy)
                || !ownedAndGuarded(copy.getParent())) {
            return false;
        }
        CRC32 actual = new CRC32();
        actual.update(ByteBuffer.wrap(Files.readAllBytes(copy)));
        return actual.getValue() == crc;
    }

    /** On POSIX systems: the user's own, and nobody else may write it. Elsewhere the folder's own ACLs apply. */
    private static boolean ownedAndGuarded(Path path) throws IOException {
        if (!isPosix(path)) {
            return true;
        }
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return attributes.owner().equals(currentUser(path))
                && attributes.permissions().stream().noneMatch(WRITABLE_BY_OTHERS::contains);
    }

    private static UserPrincipal currentUser(Path path) throws IOException {
        return path.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static boolean isPosix(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
    }

    /**
     * Partial copies left by a process killed while writing one. Only those an hour old: another PolicyLens may be
     * writing its own right now.
     */
    private static void deleteAbandonedParts(Path folder) throws IOException {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(anHourAgo)) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /**
     * Writes the library beside the copy, on disk before it is moved into place in one step: another PolicyLens
     * starting at the same time, or a crash halfway, never leaves half a library where the driver loads it.
     */
    private static void write(URL packed, Path copy) throws IOException {
        if (isPosix(copy)) {
            // Folders of the user's alone (whatever the umask), so no one else can swap the library.
            Files.createDirectories(copy.getParent(), PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            if (Files.getOwner(copy.getParent(), LinkOption.NOFOLLOW_LINKS).equals(currentUser(copy))) {
                Files.setPosixFilePermissions(copy.getParent(), OWNER_ONLY);
            }
        } else {
            Files.createDirectories(copy.getParent());
        }
        deleteAbandonedParts(copy.getParent());
        Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            try (InputStream in = packed.openStream();
                 FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(in.readAllBytes()));
                out.force(true);
            }
            try {
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
