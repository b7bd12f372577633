package org.policylens.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

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
        scene.getStylesheets().setAll(Objects.requireNonNull(AppTheme.class.getResource(APP_CSS),
                "app.css missing from the build").toExternalForm());
        FontStack.stylesheet(Font.getFamilies()).ifPresent(scene.getStylesheets()::add);
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
