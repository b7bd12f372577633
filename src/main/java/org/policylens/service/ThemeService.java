package org.policylens.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.policylens.compare.ThemeMatrix;
import org.policylens.extract.ThemeClassifier;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Passage;
import org.policylens.model.PassageTheme;
import org.policylens.model.ThemeDecision;
import org.policylens.model.ThemedSpan;
import org.policylens.store.CodebookRepository;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.PassageThemeRepository;

/**
 * Theme coding of passages with the active codebook: automatic on import ({@link #begin}), on demand
 * ({@link #reclassify}), corrected by hand ({@link #addTheme}/{@link #removeTheme}, which are stored and re-applied
 * after every reclassification and re-import), and read back as coded passages or the document × theme matrix.
 */
public final class ThemeService implements DocumentAnalyzer {

    private final CodebookService codebooks;
    private final DocumentRepository documents;
    private final PassageThemeRepository coding;
    private final ThemeCoder coder;
    /** The classifier compiled for the codebook it was last asked for; rebuilt when the codebook changes. */
    private volatile CompiledCodebook compiled;
    private volatile KeptMatrix keptMatrix;

    private record CompiledCodebook(Codebook codebook, ThemeClassifier classifier) {
    }

    ThemeService(CodebookService codebooks, DocumentRepository documents, PassageThemeRepository coding,
                 ThemeCoder coder) {
        this.codebooks = codebooks;
        this.documents = documents;
        this.coding = coding;
        this.coder = coder;
    }

    /** Builds the theme services over the library's repositories. */
    public static ThemeService create(DocumentRepository documents, PassageThemeRepository coding,
                                      CodebookRepository codebookRepository) {
        ThemeCoder coder = new ThemeCoder(documents, coding);
        return new ThemeService(new CodebookService(codebookRepository, coding, coder), documents, coding, coder);
    }

    public CodebookService codebooks() {
        return codebooks;
    }

    /**
     * Theme coding on import: the passages are classified in the pure part, with the codebook active when the run
     * begins; the store part applies the decisions taken earlier on the document's slug and stores the coding.
     */
    @Override
    public Analysis begin() {
        long changes = codebooks.changes();
        Codebook codebook = codebooks.active();
        ThemeClassifier classifier = classifier(codebook);
        return document -> {
            List<List<PassageTheme>> automatic = document.passages().stream()
                    .map(p -> ThemeCoder.classify(classifier, p.text(), p.sectionPath())).toList();
            return stored -> {
                Codebook current = codebooks.changes() == changes ? codebook : codebooks.active();
                if (current.equals(codebook)) {
                    storeCoding(codebook, stored, automatic);
                } else {
                    // The codebook was edited, or another activated, during the import: code with the one active now.
                    codeDocument(current, stored.id());
                }
            };
        };
    }

    private void storeCoding(Codebook codebook, StoredDocument stored, List<List<PassageTheme>> automatic) {
        Map<Integer, Long> passageIds = documents.passageIdsByOrdinal(stored.id());
        List<CodedPassage> passages = new ArrayList<>();
        for (Passage p : stored.content().passages()) {
            passages.add(new CodedPassage(passageIds.get(p.ordinal()), stored.id(), stored.slug(), p.ordinal(),
                    p.sectionPath(), p.start(), p.end(), p.text(), List.of()));
        }
        List<ThemeDecision> decisions = coding.decisions(codebook.id(), stored.slug());
        coding.replaceCoding(codebook.id(), stored.id(), ThemeCoder.code(codebook, passages, automatic, decisions));
    }

    /**
     * Recodes one document with the active codebook.
     *
     * @return the number of its passages that carry at least one theme
     */
    public int reclassify(String slug) {
        DocumentSummary document = requireDocument(slug);
        Map<Long, List<PassageTheme>> result = codeDocument(codebooks.active(), document.id());
        return (int) result.values().stream().filter(t -> !t.isEmpty()).count();
    }

    /** Recodes every document with the active codebook, in one transaction. */
    public void reclassifyAll() {
        codebooks.activate(codebooks.active().id());
    }

    private Map<Long, List<PassageTheme>> codeDocument(Codebook codebook, long documentId) {
        List<CodedPassage> passages = coding.codedPassagesOf(codebook.id(), documentId);
        List<ThemeDecision> decisions = passages.isEmpty() ? List.of()
                : coding.decisions(codebook.id(), passages.get(0).documentSlug());
        Map<Long, List<PassageTheme>> result = ThemeCoder.code(codebook, classifier(codebook), passages, decisions);
        coding.replaceCoding(codebook.id(), documentId, result);
        return result;
    }

    /**
     * The classifier for {@code codebook}, compiled once and reused while the codebook stays the same (a codebook is
     * an immutable value, so an edit yields an unequal one and a fresh classifier).
     */
    private ThemeClassifier classifier(Codebook codebook) {
        CompiledCodebook current = compiled;
        if (current == null || !current.codebook().equals(codebook)) {
            current = new CompiledCodebook(codebook, new ThemeClassifier(codebook));
            compiled = current;
        }
        return current.classifier();
    }

    /** Codes documents not yet coded with the active codebook (imported before themes existed). */
    private Codebook ensureCoded() {
        Codebook codebook = codebooks.active();
        for (long documentId : coding.documentsNotCodedWith(codebook.id())) {
            codeDocument(codebook, documentId);
        }
        return codebook;
    }

    /** Says by hand that a passage has a theme; the decision outlives reclassification and re-import. */
    public CodedPassage addTheme(long passageId, String code) {
        return decide(passageId, code, true);
    }

    /** Says by hand that a passage does not have a theme; the classifier will not give it back. */
    public CodedPassage removeTheme(long passageId, String code) {
        return decide(passageId, code, false);
    }

    private CodedPassage decide(long passageId, String code, boolean add) {
        Codebook codebook = ensureCoded();
        requireTheme(codebook, code);
        CodedPassage passage = coding.codedPassage(codebook.id(), passageId)
                .orElseThrow(() -> new UserException("no passage with id " + passageId + " in the library"));
        ThemeDecision decision = new ThemeDecision(0, passage.documentSlug(), PassageFingerprint.hash(passage.text()),
                passage.start(), passage.end(), passage.text(), code, add);
        List<ThemeDecision> earlier = coding.decisions(codebook.id(), passage.documentSlug());
        List<CodedPassage> siblings = coding.codedPassagesOf(codebook.id(), passage.documentId());
        List<Long> superseded = new ArrayList<>();
        List<ThemeDecision> kept = new ArrayList<>();
        for (ThemeDecision d : earlier) {
            boolean samePassage = DecisionLocator.locate(d, siblings)
                    .map(p -> p.passageId() == passageId).orElse(false);
            if (samePassage && d.themeCode().equals(code)) {
                superseded.add(d.id());
            } else if (samePassage) {
                kept.add(d);
            }
        }
        kept.add(decision);
        List<PassageTheme> themes = ThemeCoder.apply(ThemeCoder.classify(classifier(codebook), passage), kept,
                Set.copyOf(codebook.codes()));
        coding.recordDecision(codebook.id(), decision, superseded, passageId, themes);
        return new CodedPassage(passage.passageId(), passage.documentId(), passage.documentSlug(), passage.ordinal(),
                passage.sectionPath(), passage.start(), passage.end(), passage.text(), themes);
    }

    /**
     * Passages with their themes (primary first).
     *
     * @param slug one document, or null for all
     * @throws UserException when there is no such document
     */
    public List<CodedPassage> passages(String slug) {
        if (slug != null) {
            requireDocument(slug);
        }
        return coding.codedPassages(ensureCoded().id(), slug);
    }

    /**
     * Where the passages with themes lie and their theme codes, without text or evidence (finding a record's themes
     * by its offset needs no more).
     *
     * @param slug one document, or null for all
     * @throws UserException when there is no such document
     */
    public List<ThemedSpan> themedSpans(String slug) {
        if (slug != null) {
            requireDocument(slug);
        }
        return coding.themedSpans(ensureCoded().id(), slug);
    }

    /**
     * Reads passages with their themes one document at a time, for a long read such as an export: the library is
     * coded once here, not on every read. The slugs given to the reader must name documents of the library.
     */
    public Function<String, List<CodedPassage>> passageReader() {
        String codebookId = ensureCoded().id();
        return slug -> coding.codedPassages(codebookId, slug);
    }

    /**
     * The document × theme matrix; {@link ThemeMatrix#passages} refers to passages by their stored id
     * ({@link CodedPassage#passageId}).
     *
     * @param slug one document, or null for all
     */
    public ThemeMatrix matrix(String slug) {
        if (slug != null) {
            requireDocument(slug);
            return tallied(ensureCoded().id(), slug);
        }
        // The whole library's matrix (an immutable value) is kept while the library's content version stays the
        // same: coding first, so that a document coded just now moves the version before it is read.
        String codebookId = ensureCoded().id();
        Database.ContentVersion version = coding.contentVersion();
        KeptMatrix current = keptMatrix;
        if (current != null && current.version().equals(version) && current.codebookId().equals(codebookId)) {
            return current.matrix();
        }
        ThemeMatrix fresh = tallied(codebookId, null);
        keptMatrix = new KeptMatrix(version, codebookId, fresh);
        return fresh;
    }

    private record KeptMatrix(Database.ContentVersion version, String codebookId, ThemeMatrix matrix) {
    }

    /**
     * The matrix over the given documents, in that order (an export of some documents); each must be in the library.
     */
    ThemeMatrix matrixOf(List<String> slugs) {
        String codebookId = ensureCoded().id();
        String onlySlug = slugs.size() == 1 ? slugs.get(0) : null;
        Database.ContentVersion version = coding.contentVersion();
        Map<String, ThemeMatrix.DocumentTallies> library = coding.themeTallies(codebookId, onlySlug);
        Map<String, ThemeMatrix.DocumentTallies> byDocument = new LinkedHashMap<>();
        for (String slug : slugs) {
            ThemeMatrix.DocumentTallies tallies = library.get(slug);
            if (tallies == null) {
                throw new UserException("no document with slug '" + slug + "' in the library");
            }
            byDocument.put(slug, tallies);
        }
        return ThemeMatrix.ofTallies(byDocument, passageRefs(codebookId, version, onlySlug));
    }

    /** The matrix of one document (or of all, slug null) from the tallies the store keeps; the library is coded. */
    private ThemeMatrix tallied(String codebookId, String slug) {
        Database.ContentVersion version = coding.contentVersion();
        return ThemeMatrix.ofTallies(coding.themeTallies(codebookId, slug), passageRefs(codebookId, version, slug));
    }

    /**
     * The passages behind the cells of a matrix counted at {@code version}, read when first asked for. Read after a
     * change they could disagree with the counts, so that is refused; the version is taken before the counts are
     * read, so a change in between refuses too rather than answering wrongly.
     */
    private ThemeMatrix.PassageRefs passageRefs(String codebookId, Database.ContentVersion version, String slug) {
        return () -> {
            if (!coding.contentVersion().equals(version)) {
                throw new IllegalStateException("the library changed since the theme matrix was built");
            }
            Map<String, Map<String, List<String>>> refs = new HashMap<>();
            coding.passageCodes(codebookId, slug).forEach((document, passages) -> {
                Map<String, List<String>> byTheme = new HashMap<>();
                for (PassageThemeRepository.PassageCodes p : passages) {
                    for (String code : p.codes()) {
                        byTheme.computeIfAbsent(code, k -> new ArrayList<>()).add(String.valueOf(p.passageId()));
                    }
                }
                refs.put(document, byTheme);
            });
            return refs;
        };
    }

    /**
     * Checks that the active codebook has a theme, and that the library is coded with it, before a filter such as
     * {@code search --theme} reads the coding.
     *
     * @throws UserException when it has not
     */
    public void requireTheme(String code) {
        requireTheme(ensureCoded(), code);
    }

    private static void requireTheme(Codebook codebook, String code) {
        if (codebook.theme(code).isEmpty()) {
            throw new UserException("the active codebook '" + codebook.id() + "' has no theme '" + code + "'");
        }
    }

    private DocumentSummary requireDocument(String slug) {
        return documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' in the library"));
    }
}
