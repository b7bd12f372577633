package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;

/** Annotations and their tags. Each method is one transaction. */
public final class AnnotationRepository {

    private static final String COLUMNS = """
            a.id, a.uuid, d.slug, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.note, a.color,
            a.orphaned, a.created_at, a.modified_at""";

    private final Database database;

    public AnnotationRepository(Database database) {
        this.database = database;
    }

    /** Stores a new annotation (its id is ignored; an existing uuid is kept) and returns it with its id. */
    public Annotation insert(Annotation annotation) {
        return database.write(c -> insert(c, annotation, null));
    }

    /** Puts back a deleted annotation under its old id, for undo. */
    public Annotation restore(Annotation annotation) {
        return database.write(c -> insert(c, annotation, annotation.id()));
    }

    private static Annotation insert(Connection c, Annotation a, Long id) throws SQLException {
        long documentId = documentId(c, a.documentSlug());
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO annotation (id, uuid, document_id, start_offset, end_offset, quote, prefix, suffix, note,
                                        color, orphaned, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")) {
            if (id == null) {
                st.setNull(1, java.sql.Types.INTEGER);
            } else {
                st.setLong(1, id);
            }
            st.setString(2, a.uuid());
            st.setLong(3, documentId);
            st.setInt(4, a.start());
            st.setInt(5, a.end());
            st.setString(6, a.quote());
            st.setString(7, a.prefix());
            st.setString(8, a.suffix());
            st.setString(9, a.note());
            st.setString(10, a.color().code());
            st.setInt(11, a.orphaned() ? 1 : 0);
            st.setString(12, a.createdAt());
            st.setString(13, a.modifiedAt());
            long newId = Database.insertedId(st);
            writeTags(c, newId, a.tags());
            return new Annotation(newId, a.uuid(), a.documentSlug(), a.start(), a.end(), a.quote(), a.prefix(),
                    a.suffix(), a.note(), a.color(), a.tags(), a.orphaned(), a.createdAt(), a.modifiedAt());
        }
    }

    /** Saves note, colour, tags, anchor (offsets, quote and context) and orphan flag of an existing annotation. */
    public void update(Annotation a) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE annotation SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?, note = ?,
                                          color = ?, orphaned = ?, modified_at = ?
                    WHERE id = ?""")) {
                st.setInt(1, a.start());
                st.setInt(2, a.end());
                st.setString(3, a.quote());
                st.setString(4, a.prefix());
                st.setString(5, a.suffix());
                st.setString(6, a.note());
                st.setString(7, a.color().code());
                st.setInt(8, a.orphaned() ? 1 : 0);
                st.setString(9, a.modifiedAt());
                st.setLong(10, a.id());
                if (st.executeUpdate() != 1) {
                    throw new StoreException("annotation " + a.id() + " no longer exists");
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?")) {
                st.setLong(1, a.id());
                st.executeUpdate();
            }
            writeTags(c, a.id(), a.tags());
            return null;
        });
    }

    /** Deletes an annotation; returns what was deleted (for undo), or empty if it was already gone. */
    public Optional<Annotation> delete(long id) {
        return database.write(c -> {
            Optional<Annotation> existing = query(c, "WHERE a.id = ?", List.of(id)).stream().findFirst();
            if (existing.isPresent()) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                    st.setLong(1, id);
                    st.executeUpdate();
                }
            }
            return existing;
        });
    }

    public Optional<Annotation> find(long id) {
        return database.read(c -> query(c, "WHERE a.id = ?", List.of(id)).stream().findFirst());
    }

    public Optional<Annotation> findByUuid(String uuid) {
        return database.read(c -> query(c, "WHERE a.uuid = ?", List.of(uuid)).stream().findFirst());
    }

    /** Annotations of one document (slug) or, for null, of all documents; in document order. */
    public List<Annotation> list(String documentSlug) {
        return database.read(c -> documentSlug == null
                ? query(c, "ORDER BY d.id, a.start_offset, a.id", List.of())
                : query(c, "WHERE d.slug = ? ORDER BY a.start_offset, a.id", List.of(documentSlug)));
    }

    /** The annotations of the document with this id, in text order (as {@link #list} by its slug). */
    public List<Annotation> listOf(long documentId) {
        return database.read(c -> query(c, "WHERE a.document_id = ? ORDER BY a.start_offset, a.id",
                List.of(documentId)));
    }

    /** Every tag in use with how many annotations carry it, most used first. */
    public Map<String, Integer> tagCounts() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT tag, count(*) FROM annotation_tag GROUP BY tag ORDER BY count(*) DESC, tag");
                 ResultSet rs = st.executeQuery()) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
                return counts;
            }
        });
    }

    /**
     * Renames a tag on every annotation; when the new name is already used this merges the two.
     *
     * @return how many annotations changed
     */
    public int renameTag(String from, String to) {
        return database.write(c -> {
            try (PreparedStatement merge = c.prepareStatement("""
                    INSERT OR IGNORE INTO annotation_tag (annotation_id, tag)
                    SELECT annotation_id, ? FROM annotation_tag WHERE tag = ?""");
                 PreparedStatement drop = c.prepareStatement("DELETE FROM annotation_tag WHERE tag = ?")) {
                merge.setString(1, to);
                merge.setString(2, from);
                merge.executeUpdate();
                drop.setString(1, from);
                return drop.executeUpdate();
            }
        });
    }

    private static void writeTags(Connection c, long annotationId, List<String> tags) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT OR IGNORE INTO annotation_tag (annotation_id, tag) VALUES (?, ?)")) {
            for (String tag : tags) {
                st.setLong(1, annotationId);
                st.setString(2, tag);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static long documentId(Connection c, String slug) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM document WHERE slug = ?")) {
            st.setString(1, slug);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no document with slug '" + slug + "'");
                }
                return rs.getLong(1);
            }
        }
    }

    private static List<Annotation> query(Connection c, String where, List<Object> params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM annotation a JOIN document d ON d.id = a.document_id " + where)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            List<Annotation> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Annotation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            AnnotationColor.fromCode(rs.getString(10)), List.of(), rs.getInt(11) == 1,
                            rs.getString(12), rs.getString(13)));
                }
            }
            return withTags(c, rows);
        }
    }

    private static List<Annotation> withTags(Connection c, List<Annotation> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT annotation_id, tag FROM annotation_tag");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Annotation> out = new ArrayList<>(rows.size());
        for (Annotation a : rows) {
            out.add(new Annotation(a.id(), a.uuid(), a.documentSlug(), a.start(), a.end(), a.quote(), a.prefix(),
                    a.suffix(), a.note(), a.color(), tags.getOrDefault(a.id(), List.of()), a.orphaned(),
                    a.createdAt(), a.modifiedAt()));
        }
        return out;
    }
}
