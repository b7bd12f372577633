package org.policylens.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. */
public class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("PolicyLens");
        stage.show();
    }
}
