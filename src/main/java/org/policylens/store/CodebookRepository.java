package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policylens.model.Codebook;
import org.policylens.model.CodebookSummary;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeRule;

/** Codebooks with their themes and rules, and which one is active. */
public final class CodebookRepository {

    private final Database database;

    public CodebookRepository(Database database) {
        this.database = database;
    }

    /**
     * Runs a codebook change as one transaction: reading the library to recode it and saving the codebook with the
     * new coding, so no document can be stored in between with coding from the codebook being replaced.
     */
    public void inOneTransaction(Runnable work) {
        database.inOneTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Stores {@code codebook} and makes it active when the library has no codebook yet; does nothing otherwise, so
     * a user's edited codebooks are never overwritten by the shipped one.
     *
     * @return whether it was stored
     */
    public boolean seedIfEmpty(Codebook codebook) {
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM codebook");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return false;
                }
            }
            insert(c, codebook, true);
            return true;
        });
    }

    /** Stores a new codebook (not active). */
    public void insert(Codebook codebook) {
        database.write(c -> {
            insert(c, codebook, false);
            return null;
        });
    }

    /**
     * Writes a codebook change with its consequences in one transaction: the codebook itself, the decisions that
     * follow a merged or deleted theme, the active flag, and the passages recoded with it.
     */
    public void save(CodebookEdit edit) {
        String id = edit.codebook().id();
        database.write(c -> {
            replace(c, edit.codebook());
            for (var renamed : edit.renamedCodes().entrySet()) {
                PassageThemeRepository.renameDecisionCode(c, id, renamed.getKey(), renamed.getValue());
            }
            for (String dropped : edit.droppedCodes()) {
                PassageThemeRepository.dropDecisions(c, id, dropped);
            }
            if (edit.activate()) {
                activate(c, id);
            }
            for (var document : edit.recoding().entrySet()) {
                PassageThemeRepository.replaceCoding(c, id, document.getKey(), document.getValue());
            }
            return null;
        });
    }

    public List<CodebookSummary> list() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT cb.id, cb.name, cb.active, (SELECT count(*) FROM theme t WHERE t.codebook_id = cb.id)
                    FROM codebook cb ORDER BY cb.created_at, cb.id""");
                 ResultSet rs = st.executeQuery()) {
                List<CodebookSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new CodebookSummary(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4)));
                }
                return out;
            }
        });
    }

    public Optional<String> activeId() {
        return database.read(CodebookRepository::activeId);
    }

    static Optional<String> activeId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM codebook WHERE active = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public Optional<Codebook> find(String id) {
        return database.read(c -> find(c, id));
    }

    /** Deletes a codebook, with its coding and the decisions taken under it. */
    public void delete(String id) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM codebook WHERE id = ?")) {
                st.setString(1, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    static Optional<Codebook> find(Connection c, String id) throws SQLException {
        String name;
        try (PreparedStatement st = c.prepareStatement("SELECT name FROM codebook WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString(1);
            }
        }
        Map<String, RuleParts> rules = ruleParts(c, id);
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT code, parent_code, name_zh, name_en, description FROM theme
                WHERE codebook_id = ? ORDER BY position""")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    RuleParts parts = rules.getOrDefault(code, new RuleParts());
                    themes.add(new Theme(code, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(2),
                            new ThemeRule(parts.keywords, parts.headings, parts.exclusions)));
                }
            }
        }
        return Optional.of(new Codebook(id, name, themes));
    }

    private static final class RuleParts {
        final List<Keyword> keywords = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<String> exclusions = new ArrayList<>();
    }

    private static Map<String, RuleParts> ruleParts(Connection c, String codebookId) throws SQLException {
        Map<String, RuleParts> rules = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT theme_code, kind, term, weight FROM theme_rule_term
                WHERE codebook_id = ? ORDER BY theme_code, kind, position""")) {
            st.setString(1, codebookId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    RuleParts parts = rules.computeIfAbsent(rs.getString(1), k -> new RuleParts());
                    switch (rs.getString(2)) {
                        case "keyword" -> parts.keywords.add(new Keyword(rs.getString(3), rs.getDouble(4)));
                        case "heading" -> parts.headings.add(rs.getString(3));
                        default -> parts.exclusions.add(rs.getString(3));
                    }
                }
            }
        }
        return rules;
    }

    static void insert(Connection c, Codebook codebook, boolean active) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO codebook (id, name, active, created_at) VALUES (?, ?, ?, ?)")) {
            st.setString(1, codebook.id());
            st.setString(2, codebook.name());
            st.setInt(3, active ? 1 : 0);
            st.setString(4, Instant.now().toString());
            st.executeUpdate();
        }
        insertThemes(c, codebook);
    }

    /** Replaces the stored name, themes and rules of an existing codebook with {@code codebook}'s. */
    static void replace(Connection c, Codebook codebook) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE codebook SET name = ? WHERE id = ?")) {
            st.setString(1, codebook.name());
            st.setString(2, codebook.id());
            if (st.executeUpdate() != 1) {
                throw new StoreException("no codebook with id " + codebook.id());
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM theme WHERE codebook_id = ?")) {
            st.setString(1, codebook.id());
            st.executeUpdate();
        }
        insertThemes(c, codebook);
    }

    static void activate(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE codebook SET active = 0 WHERE active = 1")) {
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE codebook SET active = 1 WHERE id = ?")) {
            st.setString(1, id);
            if (st.executeUpdate() != 1) {
                throw new StoreException("no codebook with id " + id);
            }
        }
    }

    private static void insertThemes(Connection c, Codebook codebook) throws SQLException {
        try (PreparedStatement theme = c.prepareStatement("""
                INSERT INTO theme (codebook_id, code, position, parent_code, name_zh, name_en, description)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement term = c.prepareStatement("""
                     INSERT INTO theme_rule_term (codebook_id, theme_code, kind, position, term, weight)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Theme t : codebook.themes()) {
                theme.setString(1, codebook.id());
                theme.setString(2, t.code());
                theme.setInt(3, position++);
                if (t.parentCode() == null) {
                    theme.setNull(4, Types.VARCHAR);
                } else {
                    theme.setString(4, t.parentCode());
                }
                theme.setString(5, t.nameZh());
                theme.setString(6, t.nameEn());
                theme.setString(7, t.description());
                theme.addBatch();
                List<Keyword> keywords = t.rule().keywords();
                for (int i = 0; i < keywords.size(); i++) {
                    addTerm(term, codebook.id(), t.code(), "keyword", i, keywords.get(i).term(), keywords.get(i).weight());
                }
                List<String> headings = t.rule().headingPatterns();
                for (int i = 0; i < headings.size(); i++) {
                    addTerm(term, codebook.id(), t.code(), "heading", i, headings.get(i), null);
                }
                List<String> exclusions = t.rule().exclusions();
                for (int i = 0; i < exclusions.size(); i++) {
                    addTerm(term, codebook.id(), t.code(), "exclusion", i, exclusions.get(i), null);
                }
            }
            theme.executeBatch();
            term.executeBatch();
        }
    }

    private static void addTerm(PreparedStatement st, String codebookId, String code, String kind, int position,
                                String term, Double weight) throws SQLException {
        st.setString(1, codebookId);
        st.setString(2, code);
        st.setString(3, kind);
        st.setInt(4, position);
        st.setString(5, term);
        if (weight == null) {
            st.setNull(6, Types.REAL);
        } else {
            st.setDouble(6, weight);
        }
        st.addBatch();
    }
}
