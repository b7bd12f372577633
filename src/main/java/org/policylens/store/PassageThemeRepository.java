package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.PassageTheme;
import org.policylens.model.ThemeDecision;
import org.policylens.model.ThemedSpan;

/** The theme coding of passages, and the user's manual decisions that the coding must keep honouring. */
public final class PassageThemeRepository {

    private final Database database;

    public PassageThemeRepository(Database database) {
        this.database = database;
    }

    /** The library's content version, for keeping structures computed from the coding (see {@link Database}). */
    public Database.ContentVersion contentVersion() {
        return database.contentVersion();
    }

    /**
     * Passages with their themes under a codebook, in library then document order.
     *
     * @param documentSlug one document, or null for all
     */
    public List<CodedPassage> codedPassages(String codebookId, String documentSlug) {
        // Two fixed conditions rather than "?1 IS NULL OR d.slug = ?1": SQLite plans that one as a scan of every
        // passage and theme in the library even when a slug is given.
        return database.read(c -> documentSlug == null
                ? codedPassages(c, codebookId, "?1 IS NULL", null)
                : codedPassages(c, codebookId, "d.slug = ?1", documentSlug));
    }

    /**
     * Where each passage with themes under a codebook lies, with its theme codes, in library order: one document, or
     * all (slug null). Reads no text and no evidence, so a whole library is cheap.
     */
    public List<ThemedSpan> themedSpans(String codebookId, String documentSlug) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT p.id, d.slug, p.start_offset, p.end_offset, pt.theme_code
                    FROM passage_theme pt JOIN passage p ON p.id = pt.passage_id JOIN document d ON d.id = p.document_id
                    WHERE +pt.codebook_id = ?2 AND """ + " " + (documentSlug == null ? "?1 IS NULL" : "d.slug = ?1")
                    + " ORDER BY d.id, p.ordinal, pt.rank")) {
                st.setObject(1, documentSlug);
                st.setString(2, codebookId);
                try (ResultSet rs = st.executeQuery()) {
                    List<ThemedSpan> out = new ArrayList<>();
                    long passage = -1;
                    String slug = null;
                    int start = 0;
                    int end = 0;
                    List<String> codes = new ArrayList<>();
                    while (rs.next()) {
                        if (rs.getLong(1) != passage) {
                            if (passage >= 0) {
                                out.add(new ThemedSpan(slug, start, end, codes));
                            }
                            passage = rs.getLong(1);
                            slug = rs.getString(2);
                            start = rs.getInt(3);
                            end = rs.getInt(4);
                            codes = new ArrayList<>();
                        }
                        codes.add(rs.getString(5));
                    }
                    if (passage >= 0) {
                        out.add(new ThemedSpan(slug, start, end, codes));
                    }
                    return out;
                }
            }
        });
    }

    /** The passages of one document with their themes under a codebook. */
    public List<CodedPassage> codedPassagesOf(String codebookId, long documentId) {
        return database.read(c -> codedPassages(c, codebookId, "d.id = ?1", documentId));
    }

    /** One passage with its themes, if the library has it. */
    public Optional<CodedPassage> codedPassage(String codebookId, long passageId) {
        return database.read(c -> codedPassages(c, codebookId, "p.id = ?1", passageId).stream().findFirst());
    }

    /** {@code condition} is a fixed SQL filter on p (passage) or d (document) whose one parameter is ?1. */
    private static List<CodedPassage> codedPassages(Connection c, String codebookId, String condition, Object value)
            throws SQLException {
        Map<Long, List<PassageTheme>> themes = themes(c, codebookId, condition, value);
        try (PreparedStatement st = c.prepareStatement("""
                SELECT p.id, d.id, d.slug, p.ordinal, p.section_path, p.start_offset, p.end_offset, p.text
                FROM passage p JOIN document d ON d.id = p.document_id
                WHERE """ + " " + condition + " ORDER BY d.id, p.ordinal")) {
            st.setObject(1, value);
            try (ResultSet rs = st.executeQuery()) {
                List<CodedPassage> out = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new CodedPassage(id, rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getInt(6), rs.getInt(7), rs.getString(8), themes.getOrDefault(id, List.of())));
                }
                return out;
            }
        }
    }

    /**
     * The themes of the passages {@code condition} selects. The unary {@code +} keeps SQLite from driving the query
     * by the codebook index (every coded passage of the library); it starts from the document or passage instead.
     */
    private static Map<Long, List<PassageTheme>> themes(Connection c, String codebookId, String condition,
                                                        Object value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT pt.passage_id, pt.theme_code, pt.source, pt.score, pt.evidence
                FROM passage_theme pt JOIN passage p ON p.id = pt.passage_id JOIN document d ON d.id = p.document_id
                WHERE +pt.codebook_id = ?2 AND """ + " " + condition + " ORDER BY pt.passage_id, pt.rank")) {
            st.setObject(1, value);
            st.setString(2, codebookId);
            try (ResultSet rs = st.executeQuery()) {
                Map<Long, List<PassageTheme>> out = new HashMap<>();
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PassageTheme(rs.getString(2),
                            CodingSource.fromCode(rs.getString(3)), rs.getDouble(4),
                            EvidenceColumn.read(rs.getString(5))));
                }
                return out;
            }
        }
    }

    /** A passage as the theme matrix sees it: no text and no evidence, just its size and theme codes. */
    public record PassageCodes(long passageId, int length, List<String> codes) {
    }

    /**
     * Every passage's length (code points) and theme codes under a codebook, in library then document order, so the
     * matrix does not read passage text or parse evidence. Two plain scans joined here (passages in document order;
     * theme codes in passage id order, from the covering primary-key index) cost a third of one query that looks up
     * each passage's themes with a correlated subquery.
     *
     * @param documentSlug one document, or null for all
     * @return per document slug (in library order, documents without passages too), its passages in order
     */
    public Map<String, List<PassageCodes>> passageCodes(String codebookId, String documentSlug) {
        return database.read(c -> {
            Map<Long, String> slugs = documentSlugs(c, documentSlug);
            Map<String, List<PassageCodes>> out = new LinkedHashMap<>();
            slugs.values().forEach(slug -> out.put(slug, new ArrayList<>()));
            if (slugs.isEmpty()) {
                return out;
            }
            Long only = documentSlug == null ? null : slugs.keySet().iterator().next();
            CodesByPassage codes = codesByPassage(c, codebookId, only);
            try (PreparedStatement st = c.prepareStatement(only == null
                    ? "SELECT document_id, id, characters FROM passage ORDER BY document_id, ordinal"
                    : "SELECT document_id, id, characters FROM passage WHERE document_id = ? ORDER BY ordinal")) {
                if (only != null) {
                    st.setLong(1, only);
                }
                try (ResultSet rs = st.executeQuery()) {
                    List<PassageCodes> current = null;
                    long currentDocument = -1;
                    while (rs.next()) {
                        long documentId = rs.getLong(1);
                        if (current == null || documentId != currentDocument) {
                            current = out.get(slugs.get(documentId));
                            currentDocument = documentId;
                        }
                        long passageId = rs.getLong(2);
                        current.add(new PassageCodes(passageId, rs.getInt(3), codes.of(passageId)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Per document, its passage characters and per theme the passages coded with it under a codebook and their
     * characters: the theme matrix, counted by the store. Reads the tallies kept per document (see
     * {@link #retally}) and sums passage lengths from an index, so neither passage text nor a row per coded passage
     * is read.
     *
     * @param documentSlug one document, or null for all
     * @return per document slug, in library order (documents without passages too)
     */
    public Map<String, ThemeMatrix.DocumentTallies> themeTallies(String codebookId, String documentSlug) {
        return database.read(c -> {
            Map<Long, String> slugs = documentSlugs(c, documentSlug);
            Long only = documentSlug == null || slugs.isEmpty() ? null : slugs.keySet().iterator().next();
            if (documentSlug != null && only == null) {
                return new LinkedHashMap<>();
            }
            Map<Long, Integer> totals = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement(only == null
                    ? "SELECT document_id, sum(characters) FROM passage GROUP BY document_id"
                    : "SELECT document_id, sum(characters) FROM passage WHERE document_id = ?1 GROUP BY document_id")) {
                if (only != null) {
                    st.setLong(1, only);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            Map<Long, Map<String, ThemeMatrix.Tally>> themes = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement(only == null
                    ? "SELECT document_id, theme_code, passages, characters FROM document_theme WHERE codebook_id = ?1"
                    : "SELECT document_id, theme_code, passages, characters FROM document_theme"
                      + " WHERE document_id = ?2 AND codebook_id = ?1")) {
                st.setString(1, codebookId);
                if (only != null) {
                    st.setLong(2, only);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        themes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(rs.getString(2), new ThemeMatrix.Tally(rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            Map<String, ThemeMatrix.DocumentTallies> out = new LinkedHashMap<>();
            slugs.forEach((id, slug) -> out.put(slug, new ThemeMatrix.DocumentTallies(totals.getOrDefault(id, 0),
                    themes.getOrDefault(id, Map.of()))));
            return out;
        });
    }

    /** Document id → slug, in id order: all documents, or the one with {@code slug}. */
    private static Map<Long, String> documentSlugs(Connection c, String slug) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(slug == null
                ? "SELECT id, slug FROM document ORDER BY id" : "SELECT id, slug FROM document WHERE slug = ?")) {
            if (slug != null) {
                st.setString(1, slug);
            }
            try (ResultSet rs = st.executeQuery()) {
                Map<Long, String> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
                return out;
            }
        }
    }

    /** Theme codes of passages, as parallel arrays sorted by passage id (one entry per passage and code). */
    private record CodesByPassage(long[] passageIds, String[] codes, int size) {

        /** The codes of one passage, found by binary search. */
        List<String> of(long passageId) {
            int at = Arrays.binarySearch(passageIds, 0, size, passageId);
            if (at < 0) {
                return List.of();
            }
            int first = at;
            while (first > 0 && passageIds[first - 1] == passageId) {
                first--;
            }
            int last = at + 1;
            while (last < size && passageIds[last] == passageId) {
                last++;
            }
            return List.of(Arrays.copyOfRange(codes, first, last));
        }
    }

    /** The theme codes of every passage (documentId null) or of one document's passages, under a codebook. */
    private static CodesByPassage codesByPassage(Connection c, String codebookId, Long documentId)
            throws SQLException {
        // The unary + keeps SQLite off the (codebook, theme) index, which would need a table lookup per row; the
        // primary key (passage, codebook, theme) covers the query and yields rows in passage id order already.
        try (PreparedStatement st = c.prepareStatement(documentId == null
                ? "SELECT passage_id, theme_code FROM passage_theme WHERE +codebook_id = ?1"
                  + " ORDER BY passage_id"
                : "SELECT pt.passage_id, pt.theme_code FROM passage p JOIN passage_theme pt ON pt.passage_id = p.id"
                  + " WHERE p.document_id = ?2 AND +pt.codebook_id = ?1 ORDER BY pt.passage_id")) {
            st.setString(1, codebookId);
            if (documentId != null) {
                st.setLong(2, documentId);
            }
            try (ResultSet rs = st.executeQuery()) {
                long[] ids = new long[1024];
                String[] codes = new String[1024];
                int size = 0;
                while (rs.next()) {
                    if (size == ids.length) {
                        ids = Arrays.copyOf(ids, size * 2);
                        codes = Arrays.copyOf(codes, size * 2);
                    }
                    ids[size] = rs.getLong(1);
                    codes[size] = rs.getString(2);
                    size++;
                }
                return new CodesByPassage(ids, codes, size);
            }
        }
    }

    /** Ids of documents not yet coded with this codebook (imported before themes existed, or under another one). */
    public List<Long> documentsNotCodedWith(String codebookId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT d.id FROM document d LEFT JOIN document_coding dc ON dc.document_id = d.id
                    WHERE dc.codebook_id IS NULL OR dc.codebook_id <> ? ORDER BY d.id""")) {
                st.setString(1, codebookId);
                try (ResultSet rs = st.executeQuery()) {
                    List<Long> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * The decisions taken under a codebook, oldest first (a later decision on the same passage and theme wins).
     *
     * @param documentSlug one document, or null for all
     */
    public List<ThemeDecision> decisions(String codebookId, String documentSlug) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT id, document_slug, passage_hash, passage_start, passage_end, quote, theme_code, action
                    FROM theme_decision WHERE codebook_id = ?1 AND (?2 IS NULL OR document_slug = ?2)
                    ORDER BY id""")) {
                st.setString(1, codebookId);
                st.setString(2, documentSlug);
                try (ResultSet rs = st.executeQuery()) {
                    List<ThemeDecision> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new ThemeDecision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8).equals("add")));
                    }
                    return out;
                }
            }
        });
    }

    /** Replaces the coding of one document (per passage id, themes primary first) in one transaction. */
    public void replaceCoding(String codebookId, long documentId, Map<Long, List<PassageTheme>> coding) {
        database.write(c -> {
            replaceCoding(c, codebookId, documentId, coding);
            return null;
        });
    }

    /**
     * Stores a decision and the passage's resulting themes in one transaction.
     *
     * @param superseded ids of earlier decisions on the same passage and theme, which this one replaces
     */
    public void recordDecision(String codebookId, ThemeDecision decision, List<Long> superseded, long passageId,
                               List<PassageTheme> passageThemes) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM theme_decision WHERE id = ?")) {
                for (long id : superseded) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO theme_decision (codebook_id, document_slug, passage_hash, passage_start, passage_end,
                                                quote, theme_code, action, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setString(1, codebookId);
                st.setString(2, decision.documentSlug());
                st.setString(3, decision.passageHash());
                st.setInt(4, decision.passageStart());
                st.setInt(5, decision.passageEnd());
                st.setString(6, decision.quote());
                st.setString(7, decision.themeCode());
                st.setString(8, decision.add() ? "add" : "remove");
                st.setString(9, Instant.now().toString());
                st.executeUpdate();
            }
            deletePassageThemes(c, codebookId, passageId);
            insertPassageThemes(c, codebookId, passageId, passageThemes);
            retally(c, documentOf(c, passageId));
            return null;
        });
    }

    static void replaceCoding(Connection c, String codebookId, long documentId, Map<Long, List<PassageTheme>> coding)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                DELETE FROM passage_theme WHERE passage_id IN (SELECT id FROM passage WHERE document_id = ?)""")) {
            st.setLong(1, documentId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_PASSAGE_THEME)) {
            for (var entry : coding.entrySet()) {
                addPassageThemes(st, codebookId, entry.getKey(), entry.getValue());
            }
            st.executeBatch();
        }
        writeTallies(c, codebookId, documentId, coding);
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO document_coding (document_id, codebook_id, coded_at) VALUES (?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET codebook_id = excluded.codebook_id,
                                                        coded_at = excluded.coded_at""")) {
            st.setLong(1, documentId);
            st.setString(2, codebookId);
            st.setString(3, Instant.now().toString());
            st.executeUpdate();
        }
    }

    /**
     * Rewrites a document's theme tallies (table document_theme, V8) from its passage coding. Every write of
     * passage_theme calls it, or {@link #writeTallies} when it replaced the whole coding, in the same transaction, so
     * the tallies never disagree with the coding; removing a
     * document or codebook removes its tallies with it (foreign keys), and replacing a document's passages deletes
     * them with its coding ({@link DocumentRepository#replaceContent}).
     */
    private static void retally(Connection c, long documentId) throws SQLException {
        deleteTallies(c, documentId);
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO document_theme (document_id, codebook_id, theme_code, passages, characters)
                SELECT p.document_id, pt.codebook_id, pt.theme_code, count(*), sum(p.characters)
                FROM passage p JOIN passage_theme pt ON pt.passage_id = p.id
                WHERE p.document_id = ?
                GROUP BY pt.codebook_id, pt.theme_code""")) {
            st.setLong(1, documentId);
            st.executeUpdate();
        }
    }

    /**
     * Rewrites a document's theme tallies after its whole coding was replaced by {@code coding}: the same counts and
     * sums as {@link #retally}, taken from the coding in hand and the passages' lengths (an index read) instead of
     * joining the rows just written back to their passages; an import stores a document's coding this way, and the
     * join was a twentieth of its storing thread. Passages of the coding that are not the document's count for
     * nothing, as in the join.
     */
    private static void writeTallies(Connection c, String codebookId, long documentId,
                                     Map<Long, List<PassageTheme>> coding) throws SQLException {
        Map<Long, Integer> lengths = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, characters FROM passage WHERE document_id = ?")) {
            st.setLong(1, documentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lengths.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        Map<String, long[]> tallies = new LinkedHashMap<>();
        coding.forEach((passageId, themes) -> {
            Integer length = lengths.get(passageId);
            if (length != null) {
                for (PassageTheme theme : themes) {
                    long[] tally = tallies.computeIfAbsent(theme.code(), code -> new long[2]);
                    tally[0]++;
                    tally[1] += length;
                }
            }
        });
        deleteTallies(c, documentId);
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO document_theme (document_id, codebook_id, theme_code, passages, characters)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (var tally : tallies.entrySet()) {
                st.setLong(1, documentId);
                st.setString(2, codebookId);
                st.setString(3, tally.getKey());
                st.setLong(4, tally.getValue()[0]);
                st.setLong(5, tally.getValue()[1]);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void deleteTallies(Connection c, long documentId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM document_theme WHERE document_id = ?")) {
            st.setLong(1, documentId);
            st.executeUpdate();
        }
    }

    private static long documentOf(Connection c, long passageId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT document_id FROM passage WHERE id = ?")) {
            st.setLong(1, passageId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no passage with id " + passageId);
                }
                return rs.getLong(1);
            }
        }
    }

    static void renameDecisionCode(Connection c, String codebookId, String from, String to) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE theme_decision SET theme_code = ? WHERE codebook_id = ? AND theme_code = ?")) {
            st.setString(1, to);
            st.setString(2, codebookId);
            st.setString(3, from);
            st.executeUpdate();
        }
    }

    static void dropDecisions(Connection c, String codebookId, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "DELETE FROM theme_decision WHERE codebook_id = ? AND theme_code = ?")) {
            st.setString(1, codebookId);
            st.setString(2, code);
            st.executeUpdate();
        }
    }

    private static void deletePassageThemes(Connection c, String codebookId, long passageId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "DELETE FROM passage_theme WHERE passage_id = ? AND codebook_id = ?")) {
            st.setLong(1, passageId);
            st.setString(2, codebookId);
            st.executeUpdate();
        }
    }

    private static final String INSERT_PASSAGE_THEME = """
            INSERT INTO passage_theme (passage_id, codebook_id, theme_code, rank, source, score, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static void insertPassageThemes(Connection c, String codebookId, long passageId, List<PassageTheme> themes)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_PASSAGE_THEME)) {
            addPassageThemes(st, codebookId, passageId, themes);
            st.executeBatch();
        }
    }

    /** Adds one passage's themes (primary first) to a batch of {@link #INSERT_PASSAGE_THEME}. */
    private static void addPassageThemes(PreparedStatement st, String codebookId, long passageId,
                                         List<PassageTheme> themes) throws SQLException {
        for (int rank = 0; rank < themes.size(); rank++) {
            PassageTheme theme = themes.get(rank);
            st.setLong(1, passageId);
            st.setString(2, codebookId);
            st.setString(3, theme.code());
            st.setInt(4, rank);
            st.setString(5, theme.source().code());
            st.setDouble(6, theme.score());
            st.setString(7, EvidenceColumn.write(theme.evidence()));
            st.addBatch();
        }
    }
}
