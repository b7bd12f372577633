package org.policylens.ui.importing;

import java.nio.file.Path;
import org.policylens.concurrent.DirectTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.service.AppContext;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.common.UiTasks;
import org.policylens.ui.library.LibraryViewModel;

/** An empty library with the import view models on it; tasks run at once, dialogs are recorded. */
final class ImportTestContext implements AutoCloseable {

    final AppContext app;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final LibraryViewModel library;
    final DocumentActionsViewModel actions;
    final ImportViewModel importing;
    String reopened;

    ImportTestContext(Path dir) {
        app = AppContext.open(dir.resolve("library.db"));
        UiServices services = new UiServices(app, new UiTasks(new DirectTaskExecutor()), new Messages(Messages.CHINESE),
                dialogs, new UiPreferences(dir.resolve("ui.properties")));
        library = new LibraryViewModel(services);
        actions = new DocumentActionsViewModel(services, library, slug -> reopened = slug);
        importing = new ImportViewModel(services, library, actions);
    }

    int documentCount() {
        return app.library().documents().size();
    }

    @Override
    public void close() {
        app.close();
    }
}
