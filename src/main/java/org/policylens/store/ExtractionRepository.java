package org.policylens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;

/** Stores the result of running extraction on a document, and remembers which documents it ran on. */
public final class ExtractionRepository {

    private final Database database;

    public ExtractionRepository(Database database) {
        this.database = database;
    }

    /**
     * Merges a fresh extraction of one document into its stored targets and subsidies, in one transaction. Records
     * a user decided about are kept as they are (see {@link ReextractionPlan}).
     */
    public void store(long documentId, List<Target> targets, List<Subsidy> subsidies, String now) {
        database.write(c -> {
            TargetRepository.reconcile(c, documentId, targets, now);
            SubsidyRepository.reconcile(c, documentId, subsidies, now);
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO extraction_run (document_id, extracted_at) VALUES (?, ?)
                    ON CONFLICT (document_id) DO UPDATE SET extracted_at = excluded.extracted_at""")) {
                st.setLong(1, documentId);
                st.setString(2, now);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** How many targets and subsidies a document has, those the user rejected left out. */
    public record RecordCounts(int targets, int subsidies) {
    }

    /** The records of one document that listings show (not rejected), counted without reading them. */
    public RecordCounts counts(long documentId) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT (SELECT count(*) FROM target WHERE document_id = ?1 AND status <> 'rejected'),
                           (SELECT count(*) FROM subsidy WHERE document_id = ?1 AND status <> 'rejected')""")) {
                st.setLong(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new RecordCounts(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }

    /** Documents extraction has never run on (stored before extraction existed), in library order. */
    public List<Long> documentsNotExtracted() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT d.id FROM document d LEFT JOIN extraction_run r ON r.document_id = d.id
                    WHERE r.document_id IS NULL ORDER BY d.id""");
                 ResultSet rs = st.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }
}
