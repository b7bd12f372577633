package org.policylens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.Script;

class DocumentSelectionTest {

    @TempDir
    Path dir;

    @Test
    void aSmallLibraryIsComparedWhole() {
        DocumentSelection selection = new DocumentSelection(new UiPreferences(dir.resolve("ui.properties")));
        selection.libraryChanged(library(5));
        assertEquals(slugs(5), selection.slugs());
    }

    @Test
    void aLargeLibraryStartsWithItsFirstDocumentsAndAChoiceIsRemembered() {
        Path file = dir.resolve("ui.properties");
        DocumentSelection selection = new DocumentSelection(new UiPreferences(file));
        selection.libraryChanged(library(3000));
        assertEquals(slugs(DocumentSelection.DEFAULT_COMPARED), selection.slugs());

        List<String> chosen = List.of("doc-2999", "doc-0100");
        selection.select(chosen);
        DocumentSelection afterRestart = new DocumentSelection(new UiPreferences(file));
        afterRestart.libraryChanged(library(3000));
        assertEquals(List.of("doc-0100", "doc-2999"), afterRestart.slugs());
    }

    private static List<String> slugs(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("doc-%04d", i)).toList();
    }

    private static List<DocumentSummary> library(int n) {
        List<DocumentSummary> out = new ArrayList<>();
        for (String slug : slugs(n)) {
            out.add(new DocumentSummary(out.size() + 1, new DocumentMetadata(slug, slug, "", Level.CITY, "", null, null,
                    Script.SIMPLIFIED, slug + ".txt"), "sha-" + slug, 10, 1, 1, "2026-11-21T00:00:00Z"));
        }
        return out;
    }
}
