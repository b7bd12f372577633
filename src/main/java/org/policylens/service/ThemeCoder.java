package org.policylens.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policylens.extract.ThemeClassifier;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.DocumentSummary;
import org.policylens.model.PassageTheme;
import org.policylens.model.ThemeAssignment;
import org.policylens.model.ThemeDecision;
import org.policylens.store.DocumentRepository;
import org.policylens.store.PassageThemeRepository;

/**
 * Computes the coding of passages with a codebook: the classifier's themes, then the user's decisions on top (a
 * removed theme is taken away, an added one is put in or marked as the user's). Stored coding is always this
 * function of the codebook and the decisions, so re-classifying can never undo a decision.
 */
final class ThemeCoder {

    private final DocumentRepository documents;
    private final PassageThemeRepository coding;

    ThemeCoder(DocumentRepository documents, PassageThemeRepository coding) {
        this.documents = documents;
        this.coding = coding;
    }

    /** The coding of one document, per passage id. */
    Map<Long, List<PassageTheme>> codeDocument(Codebook codebook, long documentId, List<ThemeDecision> decisions) {
        return code(codebook, new ThemeClassifier(codebook), coding.codedPassagesOf(codebook.id(), documentId),
                decisions);
    }

    /** The coding of every document of the library, per document id, per passage id. */
    Map<Long, Map<Long, List<PassageTheme>>> codeLibrary(Codebook codebook, List<ThemeDecision> decisions) {
        ThemeClassifier classifier = new ThemeClassifier(codebook);
        Map<Long, List<CodedPassage>> byDocument = coding.codedPassages(codebook.id(), null).stream()
                .collect(Collectors.groupingBy(CodedPassage::documentId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Map<Long, List<PassageTheme>>> out = new LinkedHashMap<>();
        for (DocumentSummary document : documents.list()) {
            out.put(document.id(), code(codebook, classifier, byDocument.getOrDefault(document.id(), List.of()),
                    decisions));
        }
        return out;
    }

    static Map<Long, List<PassageTheme>> code(Codebook codebook, ThemeClassifier classifier,
                                              List<CodedPassage> passages, List<ThemeDecision> decisions) {
        return code(codebook, passages, passages.stream().map(p -> classify(classifier, p)).toList(), decisions);
    }

    /**
     * The coding of passages whose automatic themes are already known ({@code automatic}, one list per passage, in
     * the same order): the decisions applied on top.
     */
    static Map<Long, List<PassageTheme>> code(Codebook codebook, List<CodedPassage> passages,
                                              List<List<PassageTheme>> automatic, List<ThemeDecision> decisions) {
        Map<Long, List<ThemeDecision>> located = DecisionLocator.locate(decisions, passages);
        Set<String> codes = Set.copyOf(codebook.codes());
        Map<Long, List<PassageTheme>> out = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            long passageId = passages.get(i).passageId();
            out.put(passageId, apply(automatic.get(i), located.getOrDefault(passageId, List.of()), codes));
        }
        return out;
    }

    static List<PassageTheme> classify(ThemeClassifier classifier, CodedPassage passage) {
        return classify(classifier, passage.text(), passage.sectionPath());
    }

    /** The classifier's themes of one passage; pure, so import runs it in parallel before the passage is stored. */
    static List<PassageTheme> classify(ThemeClassifier classifier, String text, String sectionPath) {
        List<PassageTheme> themes = new ArrayList<>();
        for (ThemeAssignment a : classifier.classify(text, sectionPath)) {
            themes.add(new PassageTheme(a.code(), CodingSource.AUTO, a.score(), a.evidence()));
        }
        return themes;
    }

    /** The classifier's themes adjusted by the decisions (oldest first; the last one on a theme wins). */
    static List<PassageTheme> apply(List<PassageTheme> automatic, List<ThemeDecision> decisions, Set<String> codes) {
        Map<String, Boolean> finalDecision = new LinkedHashMap<>();
        for (ThemeDecision d : decisions) {
            if (codes.contains(d.themeCode())) {
                finalDecision.remove(d.themeCode());
                finalDecision.put(d.themeCode(), d.add());
            }
        }
        List<PassageTheme> out = new ArrayList<>();
        for (PassageTheme theme : automatic) {
            Boolean add = finalDecision.get(theme.code());
            if (add == null) {
                out.add(theme);
            } else if (add) {
                out.add(new PassageTheme(theme.code(), CodingSource.MANUAL, theme.score(), theme.evidence()));
            }
        }
        for (var decision : finalDecision.entrySet()) {
            boolean present = automatic.stream().anyMatch(t -> t.code().equals(decision.getKey()));
            if (decision.getValue() && !present) {
                out.add(new PassageTheme(decision.getKey(), CodingSource.MANUAL, 0, List.of()));
            }
        }
        return out;
    }
}
