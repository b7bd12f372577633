package org.policylens.cli;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annotate --doc SLUG --quote TEXT}: adds one annotation, for scripts. */
@Command(name = "annotate", description = "Annotate a quote of a document. Prints the new annotation's id.")
final class AnnotateCommand extends LibraryCommand {



    @Option(names = "--doc", required = true, paramLabel = "SLUG", description = "The document.")
    String documentSlug;

    @Option(names = "--quote", required = true, paramLabel = "TEXT",
            description = "The text to annotate, as it occurs in the document (Simplified or Traditional).")
    String quote;

    @Option(names = "--occurrence", defaultValue = "1", paramLabel = "N",
            description = "Which occurrence of the quote (default: the first).")
    int occurrence;

    @Option(names = "--note", paramLabel = "N", description = "A note.")
    String note = "";

    @Option(names = "--tag", paramLabel = "T", description = "A tag (code); repeat for several.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--color", defaultValue = "yellow", paramLabel = "C",
            description = "yellow, green, blue, pink or purple (default: ${DEFAULT-VALUE}).")
    String color;

    @Override
    public Integer call() {
        AnnotationColor chosen;
        try {
            chosen = AnnotationColor.fromCode(color);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (AppContext app = parent.openLibrary()) {
            Annotation a = app.annotations().annotateQuote(documentSlug, quote, occurrence, note, chosen, tags);
            spec.commandLine().getOut().printf("annotated  %s  %d..%d  %s%n", a.uuid(), a.start(), a.end(), a.quote());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
