package org.policylens.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.policylens.store.Database;
import org.policylens.store.StoreException;

/** Consistent copies of the library, taken before an action that deletes user data, in a {@code backups} folder. */
public final class LibraryBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final Clock clock;

    public LibraryBackups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes a backup named after {@code reason} and returns its path. */
    public Path backUp(String reason) {
        Path library = database.file();
        Path folder = library.resolveSibling("backups");
        String stem = library.getFileName().toString().replaceFirst("\\.db$", "");
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = folder.resolve(stem + "-" + reason + "-" + stamp + ".db");
        try {
            Files.createDirectories(folder);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(stem + "-" + reason + "-" + stamp + "-" + n + ".db");
            }
            database.backupTo(target);
            return target;
        } catch (java.io.IOException | StoreException e) {
            throw new UserException("cannot back up the library before changing it (" + e.getMessage()
                    + "); nothing was changed", e);
        }
    }
}
