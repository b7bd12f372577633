package org.policylens;

import org.policylens.cli.Cli;

/**
 * Entry point of {@code policylens.jar}. With no subcommand it opens the desktop window (global options such as
 * {@code --db} apply to it); with a subcommand it runs the command-line interface headless and never initialises the
 * JavaFX toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.wantsGui(args)) {
            // Loaded only here, so CLI runs never touch JavaFX classes.
            org.policylens.ui.DesktopApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
