package org.policylens.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.policylens.concurrent.ThreadPoolTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;
import org.policylens.service.LibraryLocation;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.main.MainView;
import org.policylens.ui.main.MainViewModel;
import org.policylens.ui.theme.AppTheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the library, builds the window and closes everything on exit. */
public class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private AppContext app;
    private ThreadPoolTaskExecutor tasks;

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Messages.CHINESE);
        List<String> args = getParameters().getRaw();
        try {
            app = AppContext.open(LibraryLocation.resolve(LibraryLocation.dbArgument(args)));
        } catch (RuntimeException e) {
            LOG.error("cannot open the library", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("error.open.library", e.getMessage()));
            alert.setTitle(messages.get("error.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new ThreadPoolTaskExecutor(2, Platform::runLater);
        UiServices services = new UiServices(app, tasks, messages);
        MainViewModel model = new MainViewModel(services);
        MainView view = new MainView(model, messages, Platform::exit, () -> showAbout(messages));
        Scene scene = new Scene(view, 1280, 820);
        AppTheme.apply(scene, false);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    private void showAbout(Messages messages) {
        String version = DesktopApp.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                messages.get("about.text", version == null ? "development" : version, app.libraryFile()));
        about.setTitle(messages.get("menu.help.about"));
        about.setHeaderText(null);
        about.showAndWait();
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
