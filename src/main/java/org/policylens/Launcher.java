package org.policylens;

/**
 * Entry point of {@code policylens.jar}. With no arguments it opens the desktop window; with a subcommand it runs
 * the command-line interface headless and never initialises the JavaFX toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.policylens.ui.DesktopApp.launchApp(args);
        } else {
            System.exit(org.policylens.cli.Cli.run(args));
        }
    }
}
