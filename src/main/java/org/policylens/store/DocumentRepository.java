package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.model.RemovalImpact;
import org.policylens.model.Script;
import org.policylens.model.Section;

/** Documents, their sections and passages. */
public final class DocumentRepository {

    private static final String SUMMARY_COLUMNS = """
            d.id, d.slug, d.title, d.issuer, d.level, d.region, d.issued_on, d.doc_number, d.script, d.source,
            d.sha256, coalesce(d.characters, length(d.body)) AS characters, d.imported_at,
            (SELECT count(*) FROM section s WHERE s.document_id = d.id) AS sections,
            (SELECT count(*) FROM passage p WHERE p.document_id = d.id) AS passages
            """;

    private final Database database;

    public DocumentRepository(Database database) {
        this.database = database;
    }

    /** A document to store: its parsed content and the SHA-256 of its body text. */
    public record NewDocument(ParsedDocument document, String sha256, SearchForm searchForm) {

        /** A document whose search form is computed here, on the storing thread. */
        public NewDocument(ParsedDocument document, String sha256) {
            this(document, sha256, SearchForm.of(document));
        }
    }

    /**
     * Stores a document with its sections and passages in one transaction.
     *
     * @return the new document id
     */
    public long insert(ParsedDocument document, String sha256) {
        return insertAll(List.of(new NewDocument(document, sha256))).get(0);
    }

    /**
     * Stores documents with their sections and passages in one transaction (or as part of the caller's, see
     * {@link Database#inOneTransaction}), then indexes all their passages for search in one call.
     *
     * @return the new document ids, in the order given
     */
    public List<Long> insertAll(List<NewDocument> newDocuments) {
        return database.write(c -> {
            List<Long> ids = new ArrayList<>(newDocuments.size());
            List<Long> passageIds = new ArrayList<>();
            List<PassageGrams> grams = new ArrayList<>();
            for (NewDocument d : newDocuments) {
                long id = insert(c, d.document(), d.sha256(), d.searchForm());
                ids.add(id);
                Map<Integer, Long> byOrdinal = passageIdsByOrdinal(c, id);
                for (int i = 0; i < d.document().passages().size(); i++) {
                    passageIds.add(byOrdinal.get(d.document().passages().get(i).ordinal()));
                    grams.add(d.searchForm().grams(i));
                }
            }
            GramIndex.indexPassages(c, passageIds, grams);
            return ids;
        });
    }

    private static long insert(Connection c, ParsedDocument document, String sha256, SearchForm searchForm)
            throws SQLException {
        DocumentMetadata meta = document.metadata();
        long id;
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO document (slug, title, issuer, level, region, issued_on, doc_number, script, source,
                                      sha256, body, imported_at, characters)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")) {
            st.setString(1, meta.slug());
            bindDescription(st, 2, meta);
            st.setString(8, meta.script().code());
            st.setString(9, meta.source());
            st.setString(10, sha256);
            st.setString(11, document.text());
            st.setString(12, Instant.now().toString());
            st.setInt(13, codePoints(document.text()));
            id = Database.insertedId(st);
        }
        insertSections(c, id, document.sections());
        insertPassages(c, id, document.passages(), searchForm);
        return id;
    }

    /**
     * Replaces a document's text, metadata, sections and passages with a new version, keeping its id, so
     * annotations and other user data that point at the document stay attached. One transaction.
     */
    public void replaceContent(long documentId, ParsedDocument document, String sha256) {
        database.write(c -> {
            DocumentMetadata meta = document.metadata();
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE document SET title = ?, issuer = ?, level = ?, region = ?, issued_on = ?, doc_number = ?,
                                        script = ?, source = ?, sha256 = ?, body = ?, imported_at = ?,
                                        characters = ?
                    WHERE id = ?""")) {
                bindDescription(st, 1, meta);
                st.setString(7, meta.script().code());
                st.setString(8, meta.source());
                st.setString(9, sha256);
                st.setString(10, document.text());
                st.setString(11, Instant.now().toString());
                st.setInt(12, codePoints(document.text()));
                st.setLong(13, documentId);
                if (st.executeUpdate() != 1) {
                    throw new StoreException("no document with id " + documentId);
                }
            }
            // Sections and passages are rebuilt; the marks that extraction and theme coding ran go too, so that if
            // the analyzers that follow are interrupted, the next start runs them again for this document. The
            // theme tallies go with the coding of the passages (which their deletion takes along).
            for (String table : List.of("section", "passage", "extraction_run", "document_coding",
                    "document_theme")) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    st.setLong(1, documentId);
                    st.executeUpdate();
                }
            }
            insertSections(c, documentId, document.sections());
            insertPassages(c, documentId, document.passages(), SearchForm.of(document));
            GramIndex.indexDocuments(c, List.of(documentId));
            return null;
        });
    }

    /** How much user data hangs on a document (see {@link RemovalImpact}). */
    public RemovalImpact removalImpact(long documentId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT (SELECT count(*) FROM annotation WHERE document_id = d.id),
                           (SELECT count(*) FROM target WHERE document_id = d.id AND status <> 'auto')
                         + (SELECT count(*) FROM subsidy WHERE document_id = d.id AND status <> 'auto'),
                           (SELECT count(*) FROM theme_decision WHERE document_slug = d.slug)
                    FROM document d WHERE d.id = ?""")) {
                st.setLong(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no document with id " + documentId);
                    }
                    return new RemovalImpact(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                }
            }
        });
    }

    /**
     * Deletes a document with everything that belongs to it (sections, passages, records, annotations, and the
     * theme decisions kept by its slug, which would otherwise attach to a later document given the same slug).
     */
    public void delete(long documentId) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM theme_decision WHERE document_slug = (SELECT slug FROM document WHERE id = ?)")) {
                st.setLong(1, documentId);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                st.setLong(1, documentId);
                if (st.executeUpdate() != 1) {
                    throw new StoreException("no document with id " + documentId);
                }
            }
            GramIndex.compact(c);
            return null;
        });
    }

    /** Saves edited metadata of a document (its slug, text and source stay). */
    public void updateMetadata(long documentId, DocumentMetadata meta) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE document SET title = ?, issuer = ?, level = ?, region = ?, issued_on = ?, doc_number = ?
                    WHERE id = ?""")) {
                bindDescription(st, 1, meta);
                st.setLong(7, documentId);
                if (st.executeUpdate() != 1) {
                    throw new StoreException("no document with id " + documentId);
                }
            }
            return null;
        });
    }

    private static void insertSections(Connection c, long documentId, List<Section> sections) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO section (document_id, ordinal, parent_ordinal, depth, label, heading, start_offset,
                                     end_offset, path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Section s : sections) {
                st.setLong(1, documentId);
                st.setInt(2, s.ordinal());
                st.setInt(3, s.parent());
                st.setInt(4, s.depth());
                st.setString(5, s.label());
                st.setString(6, s.heading());
                st.setInt(7, s.start());
                st.setInt(8, s.end());
                st.setString(9, s.path());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertPassages(Connection c, long documentId, List<Passage> passages, SearchForm searchForm)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO passage (document_id, ordinal, section_ordinal, section_path, start_offset, end_offset,
                                     text, folded, characters)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                st.setLong(1, documentId);
                st.setInt(2, p.ordinal());
                st.setInt(3, p.section());
                st.setString(4, p.sectionPath());
                st.setInt(5, p.start());
                st.setInt(6, p.end());
                st.setString(7, p.text());
                st.setString(8, searchForm.storedFolded(i));
                st.setInt(9, codePoints(p.text()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Binds title, issuer, level, region, date and number (the metadata a user can edit) from {@code first} on. */
    private static void bindDescription(PreparedStatement st, int first, DocumentMetadata meta) throws SQLException {
        st.setString(first, meta.title());
        st.setString(first + 1, meta.issuer());
        setNullable(st, first + 2, meta.level() == null ? null : meta.level().code());
        st.setString(first + 3, meta.region());
        setNullable(st, first + 4, meta.date());
        setNullable(st, first + 5, meta.docNumber());
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void setNullable(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    /** All documents, in the order they were imported. */
    public List<DocumentSummary> list() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM document d ORDER BY d.id");
                 ResultSet rs = st.executeQuery()) {
                List<DocumentSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(summary(rs));
                }
                return out;
            }
        });
    }

    /** The slugs of all documents, in the order they were imported: a cheap read where no summary is needed. */
    public List<String> slugs() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT slug FROM document ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    public Optional<DocumentSummary> findBySlug(String slug) {
        return findOne("d.slug = ?", slug);
    }

    public Optional<DocumentSummary> findById(long id) {
        return findOne("d.id = ?", String.valueOf(id));
    }

    public Optional<DocumentSummary> findBySha256(String sha256) {
        return findOne("d.sha256 = ?", sha256);
    }

    private Optional<DocumentSummary> findOne(String condition, String value) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM document d WHERE " + condition)) {
                st.setString(1, value);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    public int count() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM document");
                 ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The stored body text of a document. */
    public String text(long documentId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT body FROM document WHERE id = ?")) {
                st.setLong(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no document with id " + documentId);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    public List<Section> sections(long documentId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT ordinal, parent_ordinal, depth, label, heading, start_offset, end_offset, path
                    FROM section WHERE document_id = ? ORDER BY ordinal""")) {
                st.setLong(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    List<Section> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Section(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
                    }
                    return out;
                }
            }
        });
    }

    /** The stored ids of a document's passages, by passage ordinal. */
    public Map<Integer, Long> passageIdsByOrdinal(long documentId) {
        return database.read(c -> passageIdsByOrdinal(c, documentId));
    }

    private static Map<Integer, Long> passageIdsByOrdinal(Connection c, long documentId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT ordinal, id FROM passage WHERE document_id = ?")) {
            st.setLong(1, documentId);
            try (ResultSet rs = st.executeQuery()) {
                Map<Integer, Long> out = new HashMap<>();
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getLong(2));
                }
                return out;
            }
        }
    }

    public List<Passage> passages(long documentId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT ordinal, section_ordinal, section_path, start_offset, end_offset, text
                    FROM passage WHERE document_id = ? ORDER BY ordinal""")) {
                st.setLong(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    List<Passage> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Passage(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), rs.getString(6)));
                    }
                    return out;
                }
            }
        });
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        DocumentMetadata meta = new DocumentMetadata(rs.getString("slug"), rs.getString("title"),
                rs.getString("issuer"), level == null ? null : Level.fromCode(level), rs.getString("region"),
                rs.getString("issued_on"), rs.getString("doc_number"), Script.fromCode(rs.getString("script")),
                rs.getString("source"));
        return new DocumentSummary(rs.getLong("id"), meta, rs.getString("sha256"), rs.getInt("characters"),
                rs.getInt("sections"), rs.getInt("passages"), rs.getString("imported_at"));
    }
}
