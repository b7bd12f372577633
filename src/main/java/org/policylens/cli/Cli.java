package org.policylens.cli;

/** Command-line entry point; the subcommands are wired in {@link PolicyLensCommand}. */
public final class Cli {

    private Cli() {
    }

    /** Runs the CLI and returns the process exit code. */
    public static int run(String... args) {
        System.err.println("policylens: the command-line interface is not available yet");
        return 2;
    }
}
