package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The kept copy of SQLite's native library. The driver in this JVM has long loaded its library, so these tests look
 * at the copy and at where the driver is pointed; LauncherTest checks that a fresh JVM loads the copy (and nothing
 * else).
 */
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;
    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void forgetTheDriversLocation() {
        pathBefore = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        nameBefore = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreTheDriversLocation() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, pathBefore);
        restore(SqliteNativeLibrary.NAME_PROPERTY, nameBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static byte[] packed() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private Path keptCopy() {
        return Path.of(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY),
                System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void copiesTheLibraryOnceIntoAFolderOfItsVersionAndPointsTheDriverThere() throws IOException {
        Path native_ = dir.resolve("native");
        SqliteNativeLibrary.keepIn(native_);
        Path copy = keptCopy();
        assertTrue(copy.startsWith(native_.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())), copy.toString());
        assertArrayEquals(packed(), Files.readAllBytes(copy));
        assertEquals(List.of(copy), filesUnder(native_), "no partial file left beside it");

        Object written = Files.readAttributes(copy, BasicFileAttributes.class).fileKey();
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        SqliteNativeLibrary.keepIn(native_);
        assertEquals(copy, keptCopy());
        assertEquals(written, Files.readAttributes(copy, BasicFileAttributes.class).fileKey(),
                "a good copy is not written again");
    }

    @Test
    void aCopyOfTheRightSizeButOtherContentIsWrittenAgain() throws IOException {
        SqliteNativeLibrary.keepIn(dir);
        Path copy = keptCopy();
        byte[] tampered = packed();
        tampered[tampered.length / 2] ^= 1;
        Files.write(copy, tampered);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.keepIn(dir);
        assertArrayEquals(packed(), Files.readAllBytes(keptCopy()));
    }

    @Test
    void aLinkInPlaceOfTheCopyIsReplacedNotFollowed() throws IOException {
        SqliteNativeLibrary.keepIn(dir);
        Path copy = keptCopy();
        Path elsewhere = Files.write(dir.resolve("elsewhere.so"), packed());
        Files.delete(copy);
        Files.createSymbolicLink(copy, elsewhere);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.keepIn(dir);
        assertTrue(Files.isRegularFile(keptCopy(), LinkOption.NOFOLLOW_LINKS), "a file of its own again");
        assertArrayEquals(packed(), Files.readAllBytes(keptCopy()));
    }

    @Test
    void aCopyOthersMayWriteIsWrittenAgainForTheUserAlone() throws IOException {
        SqliteNativeLibrary.keepIn(dir);
        Path copy = keptCopy();
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-rw-rw-"));
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.keepIn(dir);
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keptCopy());
        assertFalse(permissions.contains(PosixFilePermission.OTHERS_WRITE), permissions.toString());
        assertFalse(permissions.contains(PosixFilePermission.GROUP_WRITE), permissions.toString());
        assertFalse(Files.getPosixFilePermissions(copy.getParent()).contains(PosixFilePermission.OTHERS_WRITE));
    }

    @Test
    void aCopyCutShortIsWrittenAgain() throws IOException {
        SqliteNativeLibrary.keepIn(dir);
        Path copy = keptCopy();
        Files.write(copy, new byte[1000]);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.keepIn(dir);
        assertArrayEquals(packed(), Files.readAllBytes(keptCopy()));
    }

    @Test
    void partialCopiesAbandonedAnHourAgoAreDeletedWhenACopyIsWritten() throws IOException {
        SqliteNativeLibrary.keepIn(dir);
        Path copy = keptCopy();
        Path abandoned = Files.write(copy.resolveSibling(copy.getFileName() + "123.part"), new byte[10]);
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path beingWritten = Files.write(copy.resolveSibling(copy.getFileName() + "456.part"), new byte[10]);
        Files.delete(copy);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.keepIn(dir);
        assertFalse(Files.exists(abandoned), "left by a process killed long ago");
        assertTrue(Files.exists(beingWritten), "maybe another PolicyLens writing its copy right now");
        assertArrayEquals(packed(), Files.readAllBytes(keptCopy()));
    }

    @Test
    void aLocationTheUserSetIsLeftAlone() throws IOException {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, dir.resolve("mine").toString());
        SqliteNativeLibrary.keepIn(dir.resolve("native"));
        assertEquals(dir.resolve("mine").toString(), System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
        assertFalse(Files.exists(dir.resolve("native")));
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheDriverAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SqliteNativeLibrary.keepIn(file.resolve("native"));
        assertEquals(null, System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
    }
}
