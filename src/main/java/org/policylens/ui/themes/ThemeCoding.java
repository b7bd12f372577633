package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policylens.compare.ThemeMatrix;
import org.policylens.compare.ThemeMatrix.PassageCoding;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;

/**
 * What the themes view and the reader's theme chips show, loaded once in the background: the active codebook and
 * every passage of the library with its themes. Immutable; an edit of one passage gives a new snapshot that shares
 * the other documents' lists, so a single theme added or removed does not send the view back to the library.
 */
public final class ThemeCoding {

    private final Codebook codebook;
    private final Map<String, List<CodedPassage>> passagesByDocument;
    // A cell depends on its own document's passages only, so each document's figures are worked out once, when the
    // heatmap first shows it, and a new snapshot keeps those of every document it did not change.
    private final Map<String, ThemeMatrix> documentMatrices;
    private ThemeMatrix matrix;

    /**
     * @param documents the library's document slugs in library order (documents without passages included)
     * @param passages  coded passages of those documents, in document order
     */
    public static ThemeCoding of(Codebook codebook, List<String> documents, List<CodedPassage> passages) {
        Map<String, List<CodedPassage>> byDocument = new LinkedHashMap<>();
        documents.forEach(slug -> byDocument.put(slug, new ArrayList<>()));
        for (CodedPassage passage : passages) {
            List<CodedPassage> list = byDocument.get(passage.documentSlug());
            if (list != null) {
                list.add(passage);
            }
        }
        byDocument.replaceAll((slug, list) -> List.copyOf(list));
        return new ThemeCoding(codebook, byDocument, new ConcurrentHashMap<>());
    }

    private ThemeCoding(Codebook codebook, Map<String, List<CodedPassage>> passagesByDocument,
                        Map<String, ThemeMatrix> documentMatrices) {
        this.codebook = codebook;
        this.passagesByDocument = passagesByDocument;
        this.documentMatrices = documentMatrices;
    }

    /** A snapshot with these documents' figures recomputed when next asked for, the others' kept. */
    private ThemeCoding changed(Map<String, List<CodedPassage>> passages, Set<String> changedDocuments) {
        Map<String, ThemeMatrix> kept = new ConcurrentHashMap<>(documentMatrices);
        kept.keySet().removeIf(slug -> changedDocuments.contains(slug) || !passages.containsKey(slug));
        return new ThemeCoding(codebook, passages, kept);
    }

    public Codebook codebook() {
        return codebook;
    }

    public List<String> documents() {
        return List.copyOf(passagesByDocument.keySet());
    }

    /** Whether the coding knows the document; a lookup, not a scan of {@link #documents()} (3,000 slugs). */
    public boolean has(String slug) {
        return passagesByDocument.containsKey(slug);
    }

    /** The matrix over every document, computed on first use from the passages in memory. */
    public synchronized ThemeMatrix matrix() {
        if (matrix == null) {
            Map<String, List<PassageCoding>> codings = new LinkedHashMap<>();
            passagesByDocument.forEach((slug, passages) -> codings.put(slug, codings(passages)));
            matrix = ThemeMatrix.of(codings);
        }
        return matrix;
    }

    /**
     * One cell of {@link #matrix()}, worked out from its document alone: the heatmap asks for the compared
     * documents only, and after an edit only the edited document is counted again.
     */
    public ThemeMatrix.Cell cell(String slug, String code) {
        List<CodedPassage> passages = passagesByDocument.get(slug);
        if (passages == null) {
            return ThemeMatrix.Cell.EMPTY;
        }
        return documentMatrices.computeIfAbsent(slug, s -> ThemeMatrix.of(Map.of(s, codings(passages))))
                .cell(slug, code);
    }

    private static List<PassageCoding> codings(List<CodedPassage> passages) {
        return passages.stream().map(p -> new PassageCoding(String.valueOf(p.passageId()), p.length(),
                Set.copyOf(p.themes().stream().map(PassageTheme::code).toList()))).toList();
    }

    /** A document's passages carrying a theme, in document order; empty for an unknown document. */
    public List<CodedPassage> passagesWith(String slug, String code) {
        return passagesByDocument.getOrDefault(slug, List.of()).stream().filter(p -> p.has(code)).toList();
    }

    /** The passage of a document that starts at this code point offset (how the reader knows its passages). */
    public Optional<CodedPassage> passageAt(String slug, int start) {
        return passagesByDocument.getOrDefault(slug, List.of()).stream().filter(p -> p.start() == start).findFirst();
    }

    /** This snapshot with one passage's coding replaced, e.g. after the user added or removed a theme. */
    public ThemeCoding withPassage(CodedPassage updated) {
        Map<String, List<CodedPassage>> copy = new LinkedHashMap<>(passagesByDocument);
        List<CodedPassage> passages = copy.get(updated.documentSlug());
        if (passages == null) {
            return this;
        }
        copy.put(updated.documentSlug(), passages.stream()
                .map(p -> p.passageId() == updated.passageId() ? updated : p).toList());
        return changed(copy, Set.of(updated.documentSlug()));
    }

    /**
     * This snapshot after the library changed: documents in {@code libraryOrder} (new order, removed ones left out),
     * with the passages of {@code loaded} replacing or adding those documents' coding, e.g. after an import, a new
     * version or a removal. The other documents keep theirs.
     */
    public ThemeCoding withDocuments(List<String> libraryOrder, Map<String, List<CodedPassage>> loaded) {
        Map<String, List<CodedPassage>> copy = new LinkedHashMap<>();
        for (String slug : libraryOrder) {
            List<CodedPassage> passages = loaded.containsKey(slug) ? List.copyOf(loaded.get(slug))
                    : passagesByDocument.get(slug);
            copy.put(slug, passages == null ? List.of() : passages);
        }
        return changed(copy, loaded.keySet());
    }

    /** The theme's name in the UI language (Chinese unless English is asked for and given); the code if unknown. */
    public String themeName(String code, Locale locale) {
        return codebook.theme(code).map(t -> name(t, locale)).orElse(code);
    }

    static String name(Theme theme, Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? theme.nameEn() : theme.nameZh();
        return name.isBlank() ? theme.code() : name;
    }
}
