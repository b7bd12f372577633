package org.policylens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.io.OutputStreamWriter;
import org.policylens.service.UserException;
import org.policylens.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Command-line entry point. Exit codes: 0 success, 1 a user error (one clear line on stderr), 2 a usage error.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    static final int USER_ERROR = 1;

    private Cli() {
    }

    /** Runs the CLI on standard output and error and returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("policylens: " + userMessage(e));
            cmd.getErr().flush();
            return USER_ERROR;
        });
        return commandLine.execute(args);
    }

    /**
     * Whether these arguments ask for the desktop window: no subcommand, only global options such as {@code --db}.
     * Help, version and malformed arguments go to the CLI, which explains them.
     */
    public static boolean wantsGui(String... args) {
        return isPlainWindowStart(args) || parsesAsWindowStart(args);
    }

    /**
     * The arguments of an ordinary window start (none, or only the library file), recognised without building the
     * command line: picocli's model of every subcommand and option took 0.12-0.15 s of the start. The
     * answer agrees with {@link #parsesAsWindowStart}, which decides everything else.
     */
    static boolean isPlainWindowStart(String... args) {
        return switch (args.length) {
            case 0 -> true;
            case 1 -> args[0].startsWith("--db=") && looksLikeAFile(args[0].substring("--db=".length()));
            case 2 -> args[0].equals("--db") && looksLikeAFile(args[1]);
            default -> false;
        };
    }

    /**
     * A valid path with a dot or a folder in it: never an option, an argument file (@file) or a subcommand, which
     * picocli would not take as the value.
     */
    private static boolean looksLikeAFile(String value) {
        if (value.startsWith("-") || value.startsWith("@")
                || (value.indexOf('.') < 0 && value.indexOf('/') < 0 && value.indexOf('\\') < 0)) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static boolean parsesAsWindowStart(String... args) {
        try {
            ParseResult result = commandLine().parseArgs(args);
            return !result.hasSubcommand() && !result.isUsageHelpRequested() && !result.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    private static CommandLine commandLine() {
        // Unknown "-words" are taken as positional arguments, so `search -标准` searches instead of failing.
        return new CommandLine(new PolicyLensCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsArePositionalParams(true);
    }

    /** The one line a user sees; anything unexpected is logged with its stack trace, once, here. */
    private static String userMessage(Exception e) {
        if (e instanceof UserException || e instanceof StoreException) {
            return e.getMessage();
        }
        LOG.error("unexpected failure", e);
        return "unexpected error: " + e;
    }
}
