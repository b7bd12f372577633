package org.policylens.ui.common;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.service.AppContext;

/**
 * Base of UI tests that work on the five bundled documents: one library per test class, in a temporary folder
 * that also holds the class's other files (window settings, files to import or export).
 */
public abstract class BundledLibraryTest {

    @TempDir
    protected static Path dir;
    protected static AppContext app;

    @BeforeAll
    static void openBundledLibrary() {
        app = AppContext.open(dir.resolve("library.db"));
        app.importer().importBundled();
    }

    @AfterAll
    static void closeBundledLibrary() {
        app.close();
    }
}
