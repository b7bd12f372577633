package org.policylens.ui;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.policylens.concurrent.ThreadPoolTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;
import org.policylens.service.LibraryLocation;
import org.policylens.ui.common.FxDialogService;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.library.LibrarySort;
import org.policylens.ui.main.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the library, shows the main window and closes everything on exit. */
public class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private AppContext app;
    private ThreadPoolTaskExecutor tasks;

    /**
     * The library being opened while the JavaFX toolkit starts: the two take about the same time, and run one after
     * the other if the library is only opened in {@link #init} (which the toolkit calls once it has started).
     */
    private static volatile CompletableFuture<AppContext> opening;

    public static void launchApp(String[] args) {
        opening = CompletableFuture.supplyAsync(() -> openLibrary(List.of(args)), DesktopApp::runOnOpeningThread);
        prepareForTheWindow();
        Application.launch(DesktopApp.class, args);
    }

    private static void runOnOpeningThread(Runnable open) {
        // Not a daemon: if the window cannot start (no display), the JVM still lets a migration and its backup
        // finish rather than cutting them off halfway.
        new Thread(open, "policylens-open-library").start();
    }

    /**
     * While the toolkit starts and the library opens: the JDK's Chinese collator (the library list's order) parses
     * its whole rule table when first asked for, 70-100 ms that the FX thread would otherwise spend building the
     * library list; the JDK keeps the built one and later callers get a copy.
     */
    private static void prepareForTheWindow() {
        Thread warmUp = new Thread(LibrarySort::prepare, "policylens-prepare-window");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static AppContext openLibrary(List<String> args) {
        return AppContext.openForUser(LibraryLocation.dbArgument(args));
    }

    private RuntimeException openFailure;

    /**
     * Has the library opened, on the launcher thread, before any window: a migration (with its backup) may take a
     * while and must not run on the FX thread.
     */
    @Override
    public void init() {
        CompletableFuture<AppContext> started = opening;
        try {
            app = started != null ? started.join() : openLibrary(getParameters().getRaw());
        } catch (CompletionException e) {
            openFailed(e.getCause() instanceof RuntimeException cause ? cause : e);
        } catch (RuntimeException e) {
            openFailed(e);
        }
    }

    private void openFailed(RuntimeException e) {
        LOG.error("cannot open the library", e);
        openFailure = e;
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage.isShowing() ? stage : null);
        if (openFailure != null) {
            Messages messages = new Messages(Messages.CHINESE);
            dialogs.showError(messages.get("error.title"), messages.get("error.open.library", openFailure.getMessage()));
            Platform.exit();
            return;
        }
        tasks = new ThreadPoolTaskExecutor(2, Platform::runLater);
        new MainWindow(stage, app, tasks, dialogs, UiPreferences.besideLibrary(app.libraryFile()), Platform::exit)
                .show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (app != null) {
            app.close();
        }
    }
}
