package org.policylens.ui.exporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.policylens.export.ExportException;
import org.policylens.export.ExportLanguage;
import org.policylens.i18n.Messages;
import org.policylens.service.ExportRequest;
import org.policylens.service.ExportSummary;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiServices;

/**
 * File › Export Excel…: the comparison workbook of the documents being compared, in the UI's language. The user picks
 * the file (a dated name is suggested) and is asked before an existing file is replaced; the workbook is written in
 * the background with progress in the status bar.
 */
public final class ExportViewModel {

    private final UiServices services;
    private final DocumentSelection comparison;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public ExportViewModel(UiServices services, DocumentSelection comparison, Clock clock) {
        this.services = services;
        this.comparison = comparison;
        this.clock = clock;
    }

    /** The name the save dialog suggests, e.g. PolicyLens-对比-2026-11-21.xlsx. */
    public String suggestedFileName() {
        return services.messages().get("export.filename", LocalDate.now(clock).toString());
    }

    /** Asks where to write the workbook (and whether to replace an existing file), then exports. */
    public void chooseAndExport() {
        if (running.get()) {
            return;
        }
        Messages m = services.messages();
        Optional<Path> chosen = services.dialogs().chooseFileToSave(m.get("export.chooser.title"),
                suggestedFileName(), new DialogService.FileFilter(m.get("export.chooser.filter"), List.of("*.xlsx")));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withXlsxExtension(chosen.get());
        if (Files.exists(file) && !services.dialogs().confirm(m.get("export.title"),
                m.get("export.overwrite", file.toAbsolutePath()), m.get("export.overwrite.confirm"),
                m.get("dialog.cancel"))) {
            return;
        }
        export(file);
    }

    /** Some platforms' save dialogs return the name as typed; Excel and WPS need the extension to open it. */
    static Path withXlsxExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    private void export(Path file) {
        Messages m = services.messages();
        ExportLanguage language = m.locale().getLanguage().equals("en") ? ExportLanguage.EN : ExportLanguage.ZH;
        // The compared documents; when nothing is compared the workbook covers the whole library.
        ExportRequest request = new ExportRequest(List.copyOf(comparison.slugs()), language);
        running.set(true);
        services.tasks().run(m.get("export.task", file.getFileName()),
                progress -> services.app().export().export(request, file, (done, total, stage) ->
                        progress.update(total > 0 ? (double) done / total : -1, stage)),
                summary -> {
                    running.set(false);
                    services.dialogs().showInformation(m.get("export.title"), done(summary));
                },
                error -> {
                    running.set(false);
                    services.dialogs().showError(m.get("export.failed.title"), describe(m, error));
                });
    }

    private String done(ExportSummary s) {
        return services.messages().get("export.done", s.file(), s.documents(), s.targets(), s.subsidies(),
                s.annotations());
    }

    /** The export layer names why a file could not be written; that is what gets translated. */
    static String describe(Messages messages, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ExportException export) {
                return messages.get("export.reason." + export.reason().name().toLowerCase(Locale.ROOT),
                        error.getMessage());
            }
        }
        return messages.get("error.task", error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
