import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a freshly built PolicyLens app image before anyone wraps it in an installer. Run by packaging/build.xml
 * as a single-file program, so it needs nothing but the JDK and works the same on Linux, Windows and macOS:
 *
 * <pre>java packaging/CheckImage.java target/dist/PolicyLens data/corpus/manifest.json</pre>
 *
 * <ol>
 *   <li>the image's own launcher, on a new library in a temporary folder, imports the bundled corpus and then
 *       lists every document named in the corpus manifest (so the launcher starts without a JDK on the PATH, the
 *       class path is complete and the corpus is inside);</li>
 *   <li>no test library (JUnit, TestFX, Monocle, ArchUnit, jqwik, opentest4j) and no JavaFX jar is on the class
 *       path (JavaFX belongs to the runtime, as modules);</li>
 *   <li>the runtime holds the modules the app needs only at run time (Chinese charsets and locale data);</li>
 *   <li>it reports the image's size.</li>
 * </ol>
 * Exits with status 1 and one line per failure if anything is wrong.
 */
public final class CheckImage {

    private static final Pattern TEST_JAR =
            Pattern.compile("(junit|testfx|monocle|archunit|jqwik|opentest4j|apiguardian|hamcrest|assertj).*\\.jar");
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-.*\\.jar");
    private static final List<String> RUNTIME_MODULES = List.of("javafx.controls", "javafx.fxml", "java.sql",
            "jdk.charsets", "jdk.localedata");

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CheckImage.java IMAGE_DIR CORPUS_MANIFEST_JSON");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        Path manifest = Path.of(args[1]);
        CheckImage check = new CheckImage();
        if (Files.isDirectory(image)) {
            check.run(image, manifest);
        } else {
            check.failures.add("no app image at " + image);
        }
        if (!check.failures.isEmpty()) {
            check.failures.forEach(f -> System.err.println("check-image: FAIL " + f));
            System.exit(1);
        }
        System.out.println("check-image: OK");
    }

    private void run(Path image, Path manifest) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        boolean mac = image.getFileName().toString().endsWith(".app");
        Path contents = mac ? image.resolve("Contents") : image;
        Path appDir = mac ? contents.resolve("app") : windows ? image.resolve("app") : image.resolve("lib/app");
        Path runtime = mac ? contents.resolve("runtime/Contents/Home")
                : windows ? image.resolve("runtime") : image.resolve("lib/runtime");
        // On Windows the console launcher: PolicyLens.exe is a GUI program without a console.
        Path launcher = mac ? contents.resolve("MacOS/PolicyLens")
                : windows ? image.resolve("policylens-cli.exe") : image.resolve("bin/PolicyLens");

        checkCli(launcher, slugs(manifest));
        checkClassPath(appDir);
        checkRuntime(runtime);
        reportSize(image, appDir, runtime);
    }

    /** import, then list: read commands on a brand-new library need not import the corpus themselves. */
    private void checkCli(Path launcher, List<String> slugs) throws IOException, InterruptedException {
        if (!Files.isExecutable(launcher)) {
            failures.add("no launcher at " + launcher);
            return;
        }
        Path tmp = Files.createTempDirectory("policylens-check");
        try {
            String db = tmp.resolve("check.db").toString();
            Result imported = runLauncher(launcher, tmp, "--db", db, "import");
            System.out.print(indent(imported.output));
            if (imported.exit != 0) {
                failures.add("'PolicyLens import' exited with " + imported.exit);
                return;
            }
            Result listed = runLauncher(launcher, tmp, "--db", db, "list", "--format", "json");
            if (listed.exit != 0) {
                System.out.print(indent(listed.output));
                failures.add("'PolicyLens list' exited with " + listed.exit);
                return;
            }
            List<String> listedSlugs = slugs(listed.output);
            for (String slug : slugs) {
                if (!listedSlugs.contains(slug)) {
                    failures.add("'PolicyLens list' does not list the bundled document " + slug);
                }
            }
            System.out.println("check-image: 'PolicyLens list' lists " + listedSlugs.size() + " documents: "
                    + String.join(", ", listedSlugs) + " (bundled: " + slugs.size() + ")");
        } finally {
            deleteTree(tmp);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result runLauncher(Path launcher, Path home, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // Keep the user's own data folder out of it, and prove no JDK from the environment is needed.
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("POLICYLENS_DB");
        pb.environment().put("XDG_DATA_HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, "timed out\n");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private void checkClassPath(Path appDir) throws IOException {
        if (!Files.isDirectory(appDir)) {
            failures.add("no application folder at " + appDir);
            return;
        }
        int jars = 0;
        int before = failures.size();
        try (Stream<Path> files = Files.walk(appDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".jar")) {
                    continue;
                }
                jars++;
                if (TEST_JAR.matcher(name).matches()) {
                    failures.add("test library in the image: " + appDir.relativize(f));
                }
                if (JAVAFX_JAR.matcher(name).matches()) {
                    failures.add("JavaFX jar on the class path (it belongs in the runtime): " + appDir.relativize(f));
                }
            }
        }
        int bad = failures.size() - before;
        System.out.println("check-image: " + jars + " jars on the class path, "
                + (bad == 0 ? "none of them test or JavaFX jars" : bad + " of them test or JavaFX jars"));
    }

    /** The runtime's release file lists its modules: MODULES="java.base java.datatransfer …". */
    private void checkRuntime(Path runtime) throws IOException {
        Path release = runtime.resolve("release");
        if (!Files.isRegularFile(release)) {
            failures.add("no runtime release file at " + release);
            return;
        }
        String text = Files.readString(release, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^MODULES=\"([^\"]*)\"").matcher(text);
        List<String> modules = m.find() ? List.of(m.group(1).split(" ")) : List.of();
        for (String module : RUNTIME_MODULES) {
            if (!modules.contains(module)) {
                failures.add("runtime lacks module " + module);
            }
        }
        System.out.println("check-image: runtime has " + modules.size() + " modules, including "
                + String.join(", ", RUNTIME_MODULES));
        checkClassSharing(runtime);
    }

    /**
     * What a window start needs to run in a JVM that maps the app's class archive (ClassArchiveStart): the runtime's
     * own archive, which the app's extends, and the java command that starts the second JVM.
     */
    private void checkClassSharing(Path runtime) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = runtime.resolve("bin").resolve(windows ? "java.exe" : "java");
        Path archive = runtime.resolve(windows ? "bin/server/classes.jsa" : "lib/server/classes.jsa");
        boolean ok = true;
        if (!Files.isExecutable(java)) {
            failures.add("runtime lacks " + java + " (window starts would not use a class archive)");
            ok = false;
        }
        if (!Files.isRegularFile(archive)) {
            failures.add("runtime lacks its class archive " + archive + " (jlink --generate-cds-archive)");
            ok = false;
        }
        if (ok) {
            System.out.println("check-image: runtime has bin/java and its class archive");
        }
    }

    private static void reportSize(Path image, Path appDir, Path runtime) throws IOException {
        System.out.printf(Locale.ROOT, "check-image: size of %s: %s (runtime %s, application jars %s)%n",
                image, megabytes(size(image)), megabytes(size(runtime)), megabytes(size(appDir)));
    }

    private static List<String> slugs(Path manifest) throws IOException {
        return slugs(Files.readString(manifest, StandardCharsets.UTF_8));
    }

    /** The "slug" values of a JSON array of objects (the corpus manifest, or list --format json). */
    private static List<String> slugs(String json) {
        List<String> slugs = new ArrayList<>();
        Matcher m = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static String indent(String text) {
        return text.isEmpty() ? "" : text.replaceAll("(?m)^", "    ").stripTrailing() + System.lineSeparator();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }
}
