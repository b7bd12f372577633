package org.policylens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policylens.export.ExportLanguage;
import org.policylens.service.AppContext;
import org.policylens.service.ExportRequest;
import org.policylens.service.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** {@code export}: the comparison workbook of the library, or of some documents, as one .xlsx file. */
@Command(name = "export", description = "Write the comparison workbook (.xlsx): documents, theme matrix and passages, "
        + "target comparison and details, subsidies, annotations. Rejected records are left out.")
final class ExportCommand extends LibraryCommand {



    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx",
            description = "The workbook to write; an existing file is replaced only once the new one is complete.")
    Path out;

    @Option(names = "--doc", paramLabel = "SLUG", description = "Only this document (repeatable, in column order). "
            + "Default: every document.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Language of sheet names, headers and names (default: ${DEFAULT-VALUE}).")
    ExportLanguage language;

    @Override
    public Integer call() {
        // Excel and WPS refuse to open a workbook whose name does not end in .xlsx, so a wrong name is caught here
        // rather than handed to a colleague.
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out must name an .xlsx file: " + out);
        }
        ExportSummary summary;
        try (AppContext app = parent.openLibrary()) {
            summary = app.export().export(new ExportRequest(documents, language), out, null);
        }
        spec.commandLine().getOut().println(describe(summary));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** One line: the file, then each sheet after the About sheet with its data rows. */
    static String describe(ExportSummary s) {
        return String.format("wrote %s: documents %d, theme matrix %d themes, theme passages %d, "
                        + "target comparison %d indicators, targets %d, subsidies %d, annotations %d", s.file(),
                s.documents(), s.themes(), s.themePassages(), s.indicators(), s.targets(), s.subsidies(),
                s.annotations());
    }

    /** {@code zh} or {@code en}; anything else is a usage error that lists the two. */
    static final class LanguageConverter implements ITypeConverter<ExportLanguage> {

        @Override
        public ExportLanguage convert(String value) {
            try {
                return ExportLanguage.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a language; use zh or en");
            }
        }
    }
}
