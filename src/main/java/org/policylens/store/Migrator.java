package org.policylens.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a library up to the current schema. Migrations are the ordered files {@code db/migration/V<N>__*.sql} on the
 * class path; {@code PRAGMA user_version} records the last one applied. Before changing an existing library the file
 * is copied aside as {@code <file>.bak-v<N>} (N = the version it had), and each migration runs in one transaction.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** The migration files, in order. Adding a migration means adding its file name here. */
    static final List<String> MIGRATIONS = List.of(
            "V1__documents_passages_search.sql",
            "V2__targets_subsidies.sql",
            "V3__themes.sql",
            "V4__annotations.sql",
            "V5__performance.sql",
            "V6__short_term_index.sql",
            "V7__gram_index.sql",
            "V8__theme_tallies.sql",
            "V9__target_packs.sql",
            "V10__compact_passage_storage.sql");

    /** The migration whose data is built in Java, right after its script and in the same transaction. */
    private static final String GRAM_INDEX = "V7__gram_index.sql";

    static final String FOLDER = "/db/migration/";

    private final Database database;
    private final List<String> migrations;

    Migrator(Database database) {
        this(database, MIGRATIONS.stream().map(name -> FOLDER + name).toList());
    }

    /**
     * A migrator over other scripts (class path resources, in order); tests use it to check the upgrade of an
     * existing library by a later migration.
     */
    Migrator(Database database, List<String> migrationResources) {
        this.database = database;
        this.migrations = List.copyOf(migrationResources);
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    private int targetVersion() {
        return migrations.size();
    }

    void migrate() {
        int current = database.read(Migrator::userVersion);
        if (current > targetVersion()) {
            throw new StoreException("the library " + database.file() + " was written by a newer PolicyLens (schema "
                    + current + "); this version understands schema " + targetVersion());
        }
        if (current == targetVersion()) {
            return;
        }
        if (current > 0) {
            backUp(current);
        }
        for (int version = current + 1; version <= targetVersion(); version++) {
            apply(version);
        }
    }

    private void backUp(int version) {
        Path backup = database.file().resolveSibling(database.file().getFileName() + ".bak-v" + version);
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new StoreException("cannot replace the old backup " + backup + ": " + e.getMessage(), e);
        }
        database.backupTo(backup);
        LOG.info("backed up {} before migrating from schema {}", database.file(), version);
    }

    private void apply(int version) {
        String name = migrations.get(version - 1);
        List<String> statements = SqlScript.split(load(name));
        database.write(c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
                if (name.endsWith("/" + GRAM_INDEX)) {
                    GramIndex.rebuild(c);
                }
                st.execute("PRAGMA user_version = " + version);
            }
            return null;
        });
        LOG.info("applied migration {}", name);
    }

    private String load(String resource) {
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Splits a migration script into statements; trigger bodies (BEGIN … END;) stay whole. */
    static final class SqlScript {

        private SqlScript() {
        }

        static List<String> split(String script) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean inBlock = false;
            for (String line : script.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
                if (upper.endsWith("BEGIN")) {
                    inBlock = true;
                } else if (inBlock && upper.equals("END;")) {
                    inBlock = false;
                }
                if (!inBlock && trimmed.endsWith(";")) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString().strip());
            }
            return statements;
        }
    }
}
