package org.policylens.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.slf4j.LoggerFactory;

/** The look: AtlantaFX Primer light or dark, the app's own stylesheet and a CJK font. */
public final class AppTheme {

    private static final String APP_CSS = "/org/policylens/ui/theme/app.css";

    private AppTheme() {
    }

    /**
     * Sets the AtlantaFX user-agent stylesheet. Called before the first control is created, it also spares JavaFX
     * loading its default Modena stylesheet (which a control's class initialisation does when none is set).
     */
    public static void useUserAgentStylesheet(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene, boolean dark) {
        useUserAgentStylesheet(dark);
        URL css = Objects.requireNonNull(AppTheme.class.getResource(APP_CSS), "app.css missing from the build");
        parseIfBinaryIsStale(css);
        scene.getStylesheets().setAll(css.toExternalForm());
        FontStack.stylesheet(Font.getFamilies()).ifPresent(scene.getStylesheets()::add);
    }

    /**
     * JavaFX loads {@code app.bss} instead of parsing {@code app.css} when both are there; the Maven build writes it
     * (src/build/BinaryStylesheets.java). A build that copies resources without that step (an IDE's own builder,
     * {@code mvn compile}) leaves an older {@code app.bss} beside a newer {@code app.css}, and edits to the stylesheet
     * would not show. When the classes are a folder (a development build) and that is so, JavaFX is told to parse
     * stylesheets ({@code binary.css=false}). In a jar both come from one build.
     */
    private static void parseIfBinaryIsStale(URL css) {
        if (!"file".equals(css.getProtocol())) {
            return;
        }
        try {
            Path text = Path.of(css.toURI());
            if (isStale(text.resolveSibling("app.bss"), text)) {
                LoggerFactory.getLogger(AppTheme.class).warn("app.bss is older than app.css: parsing the stylesheet "
                        + "(mvn process-classes writes a new app.bss)");
                System.setProperty("binary.css", "false");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a plain file after all: nothing to compare.
        }
    }

    /** Whether a binary stylesheet exists and is older than the stylesheet it was written from. */
    static boolean isStale(Path binary, Path text) {
        try {
            return Files.exists(binary)
                    && Files.getLastModifiedTime(binary).compareTo(Files.getLastModifiedTime(text)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The app icon for window decorations and the task bar, when the build carries it. 128 px: JavaFX scales a
     * window icon to 128 px on Linux (32 px on Windows), so a larger one only costs decoding and scaling at start-up.
     */
    public static java.util.Optional<javafx.scene.image.Image> icon() {
        var url = AppTheme.class.getResource("/org/policylens/ui/theme/window-icon.png");
        return url == null ? java.util.Optional.empty()
                : java.util.Optional.of(new javafx.scene.image.Image(url.toExternalForm()));
    }
}
