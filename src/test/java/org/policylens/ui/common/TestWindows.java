package org.policylens.ui.common;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.policylens.concurrent.DirectTaskExecutor;
import org.policylens.service.AppContext;
import org.policylens.ui.main.MainWindow;

/** Main windows for headless UI tests: background tasks run at once, and the window fits the headless screen. */
public final class TestWindows {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private TestWindows() {
    }

    /**
     * Fresh remembered settings in {@code dir}, one file per window. The window is smaller than Monocle's headless
     * screen, which fails to render a window larger than itself.
     */
    public static UiPreferences preferences(Path dir) {
        UiPreferences preferences = new UiPreferences(dir.resolve("ui-" + WINDOWS.incrementAndGet() + ".properties"));
        preferences.setWindowBounds(new UiPreferences.WindowBounds(0, 0, 1180, 760, false));
        return preferences;
    }

    /** Builds and shows the main window on {@code stage}. */
    public static MainWindow show(Stage stage, AppContext app, DialogService dialogs, UiPreferences preferences) {
        MainWindow window = new MainWindow(stage, app, new DirectTaskExecutor(), dialogs, preferences, () -> { });
        window.show();
        return window;
    }
}
