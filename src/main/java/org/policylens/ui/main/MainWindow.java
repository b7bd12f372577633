package org.policylens.ui.main;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.policylens.concurrent.TaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.common.UiTasks;
import org.policylens.ui.theme.AppTheme;
import org.slf4j.LoggerFactory;

/**
 * Puts the main view on a stage: theme, language, remembered size and position. Switching the language builds the
 * views again from the new bundle (simpler and more robust than relabelling every node) and carries over the open
 * document, the search and the Simplified toggle.
 */
public final class MainWindow {

    /**
     * Set when the window runs in a JVM that the first one started (org.policylens.ClassArchiveStart, a layer this one
     * does not reach): when that first JVM started, epoch ms.
     */
    private static final String LAUNCHED_AT_PROPERTY = "policylens.launchedAt";

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final AppContext app;
    private final UiTasks tasks;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final Runnable quit;
    private MainViewModel model;
    private MainView view;
    private boolean startupLogged;
    private Runnable waitingForLibrary;

    public MainWindow(Stage stage, AppContext app, TaskExecutor executor, DialogService dialogs,
                      UiPreferences preferences, Runnable quit) {
        this.stage = stage;
        this.app = app;
        this.tasks = new UiTasks(executor);
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.quit = quit;
    }

    /** Builds the window in the remembered language and theme, shows it and starts loading the library. */
    public void show() {
        build(preferences.language(), null);
        restoreBounds();
        stage.setOnCloseRequest(e -> rememberBounds());
        stage.show();
    }

    /**
     * Logs (INFO; POLICYLENS_LOG=INFO) the time from JVM start to the first frame laid out with documents, and the
     * CPU time the process used until then: on a busy machine the wall-clock time says more about the other
     * processes than about PolicyLens.
     *
     * <p>Counted by the JVM's own clock (its uptime, monotonic). The process start time the OS reports is derived
     * from the boot time, which Linux gives in whole seconds: on the development VM it put the start 0.6 s early.
     * When the window runs in a JVM that the first one started ({@code ClassArchiveStart}, which passes its start
     * time), the time counts from the first JVM's start by the wall clock, and the CPU time is both processes'.
     */
    private void logStartupTime(int documents) {
        String launchedAt = System.getProperty(LAUNCHED_AT_PROPERTY);
        long rendered = launchedAt == null ? ManagementFactory.getRuntimeMXBean().getUptime()
                : System.currentTimeMillis() - Long.parseLong(launchedAt);
        Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
        if (launchedAt != null) {
            Optional<Duration> first = ProcessHandle.current().parent().flatMap(p -> p.info().totalCpuDuration());
            cpu = cpu.flatMap(own -> first.map(own::plus));
        }
        LoggerFactory.getLogger(MainWindow.class).info(
                "startup: library of {} documents rendered {} ms after JVM start ({} ms CPU)", documents, rendered,
                cpu.map(Duration::toMillis).orElse(-1L));
    }

    /**
     * Once a frame has been laid out with this model's documents: the first time, the startup line is logged; then the
     * model's comparison views may load (after this pulse, so the frame is drawn first).
     */
    private void whenLibraryRendered(MainViewModel shown) {
        // A window rebuilt (language switch) before its predecessor saw documents replaces that one's listener.
        if (waitingForLibrary != null) {
            stage.getScene().removePostLayoutPulseListener(waitingForLibrary);
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!shown.library().allDocuments().isEmpty()) {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                waitingForLibrary = null;
                if (!startupLogged) {
                    startupLogged = true;
                    logStartupTime(shown.library().allDocuments().size());
                }
                Platform.runLater(shown::libraryShown);
            }
        };
        waitingForLibrary = once[0];
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private void build(Locale locale, MainViewModel.Session session) {
        Messages messages = new Messages(locale);
        AppTheme.useUserAgentStylesheet(preferences.darkTheme());
        model = new MainViewModel(new UiServices(app, tasks, messages, dialogs, preferences));
        view = new MainView(model, messages, () -> {
            rememberBounds();
            quit.run();
        });
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT));
        } else {
            stage.getScene().setRoot(view);
        }
        AppTheme.apply(stage.getScene(), model.darkProperty().get());
        stage.setTitle(messages.get("app.title"));
        AppTheme.icon().ifPresent(icon -> stage.getIcons().setAll(icon));
        model.darkProperty().addListener((obs, old, dark) -> AppTheme.apply(stage.getScene(), dark));
        model.languageProperty().addListener((obs, old, language) -> switchLanguage(language));
        if (session != null) {
            model.restore(session);
        }
        model.start();
        whenLibraryRendered(model);
    }

    private void switchLanguage(Locale language) {
        preferences.setLanguage(language);
        build(language, model.session());
    }

    private void restoreBounds() {
        preferences.windowBounds().ifPresent(bounds -> {
            Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            // Only where a screen still shows it: a monitor may have been unplugged since.
            boolean visible = Screen.getScreens().stream()
                    .anyMatch(screen -> screen.getVisualBounds().intersects(wanted));
            if (visible) {
                stage.setX(bounds.x());
                stage.setY(bounds.y());
            }
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
    }

    private void rememberBounds() {
        if (stage.isMaximized()) {
            preferences.windowBounds().ifPresentOrElse(
                    b -> preferences.setWindowBounds(new UiPreferences.WindowBounds(b.x(), b.y(), b.width(),
                            b.height(), true)),
                    () -> preferences.setWindowBounds(new UiPreferences.WindowBounds(stage.getX(), stage.getY(),
                            DEFAULT_WIDTH, DEFAULT_HEIGHT, true)));
        } else if (stage.getWidth() > 0) {
            preferences.setWindowBounds(new UiPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }
}
