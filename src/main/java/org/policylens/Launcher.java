package org.policylens;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.policylens.cli.Cli;

/**
 * Entry point of {@code policylens.jar}. With no subcommand it opens the desktop window (global options such as
 * {@code --db} apply to it); with a subcommand it runs the command-line interface headless and never initialises the
 * JavaFX toolkit. A window started from the jar runs in a second JVM that maps the classes it needs from an archive
 * ({@link ClassArchiveStart}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ClassArchiveStart.followParent();
        boolean window = Cli.wantsGui(args);
        if (window) {
            OptionalInt ended = ClassArchiveStart.runWindow(args);
            if (ended.isPresent()) {
                System.exit(ended.getAsInt());
            }
        }
        configureLogging();
        if (window) {
            // Loaded only here, so CLI runs never touch JavaFX classes.
            org.policylens.ui.DesktopApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** Quiet by default (warnings only, so CLI output stays clean); POLICYLENS_LOG=INFO or FINE shows more. */
    private static void configureLogging() {
        try (InputStream in = Launcher.class.getResourceAsStream("/policylens-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("policylens: logging configuration unreadable: " + e.getMessage());
        }
        String level = System.getenv("POLICYLENS_LOG");
        if (level != null && !level.isBlank()) {
            try {
                Logger.getLogger("").setLevel(Level.parse(level.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                System.err.println("policylens: ignoring POLICYLENS_LOG=" + level + " (use INFO, FINE, WARNING)");
            }
        }
    }
}
