package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.extract.ThemeClassifier;
import org.policylens.model.CodedPassage;
import org.policylens.model.Evidence;
import org.policylens.model.PassageTheme;

/**
 * Theme evidence as schema 10 writes it (compact, see store/EvidenceColumn) reads back as the classifier gave it, on
 * the bundled corpus; and a library holding the JSON that libraries before schema 10 hold reads the same.
 */
class CompactStorageEquivalenceTest extends BundledCorpusTwoConnections {

    @Test
    void storedEvidenceIsWhatTheClassifierGave() {
        ThemeClassifier classifier = new ThemeClassifier(app.themes().codebooks().active());
        List<CodedPassage> passages = app.themes().passages(null);
        int withEvidence = 0;
        for (CodedPassage p : passages) {
            List<PassageTheme> classified = ThemeCoder.classify(classifier, p.text(), p.sectionPath());
            assertEquals(classified, p.themes(), p.documentSlug() + " passage " + p.ordinal());
            withEvidence += p.themes().isEmpty() ? 0 : 1;
        }
        assertTrue(withEvidence > 100, "the corpus has coded passages: " + withEvidence);
        assertFalse(storedEvidence().stream().anyMatch(e -> e.startsWith("[")), "new rows are written compactly");
    }

    @Test
    void evidenceStoredAsJsonReadsTheSame() {
        List<CodedPassage> compact = app.themes().passages(null);
        rewriteEvidenceAsJson();
        assertTrue(storedEvidence().stream().allMatch(e -> e.startsWith("[")), "now the form before schema 10");
        assertEquals(compact, app.themes().passages(null));
    }

    private List<String> storedEvidence() {
        return other.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT evidence FROM passage_theme")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Writes every row's evidence as the JSON array that PolicyLens wrote before schema 10. */
    private void rewriteEvidenceAsJson() {
        List<CodedPassage> passages = app.themes().passages(null);
        other.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE passage_theme SET evidence = ? WHERE passage_id = ? AND theme_code = ?")) {
                for (CodedPassage p : passages) {
                    for (PassageTheme theme : p.themes()) {
                        st.setString(1, json(theme.evidence()));
                        st.setLong(2, p.passageId());
                        st.setString(3, theme.code());
                        st.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The old form, spelled out here rather than through the store's writer. */
    private static String json(List<Evidence> evidence) {
        List<String> items = new ArrayList<>();
        for (Evidence e : evidence) {
            items.add("{\"term\":\"" + e.term() + "\",\"start\":" + e.start() + ",\"end\":" + e.end() + ",\"weight\":"
                    + e.weight() + "}");
        }
        return "[" + String.join(",", items) + "]";
    }
}
