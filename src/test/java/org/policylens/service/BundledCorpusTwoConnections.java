package org.policylens.service;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.store.Database;

/**
 * Base of tests that compare what the app reads with what is stored: a new library holding the bundled corpus, and a
 * second connection to the same file (what another program, or a test looking under the hood, sees and writes).
 */
abstract class BundledCorpusTwoConnections {

    @TempDir
    protected Path dir;
    protected AppContext app;
    protected Database other;

    @BeforeEach
    void openCorpus() {
        app = AppContext.open(dir.resolve("library.db"));
        app.importer().importBundled();
        other = Database.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        other.close();
        app.close();
    }
}
