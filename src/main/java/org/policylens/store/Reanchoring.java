package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** Moves stored records to the offsets of the fresh records they were paired with after the text changed. */
final class Reanchoring {

    private Reanchoring() {
    }

    /**
     * @param table  "target" or "subsidy" (a constant of the caller, never user input)
     * @param moves  row id → index of the fresh record whose offsets it takes
     */
    static void move(Connection c, String table, Map<Long, Integer> moves, IntUnaryOperator start,
                     IntUnaryOperator end, String now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE " + table + " SET start_offset = ?, end_offset = ?, updated_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, Integer> move : moves.entrySet()) {
                st.setInt(1, start.applyAsInt(move.getValue()));
                st.setInt(2, end.applyAsInt(move.getValue()));
                st.setString(3, now);
                st.setLong(4, move.getKey());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
