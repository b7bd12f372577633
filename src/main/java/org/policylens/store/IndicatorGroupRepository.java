package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user's decisions about indicator groups: groups merged into another, and groups made by splitting targets out
 * of the group the alignment gave them. Groups nobody decided about are not stored: the alignment computes them.
 */
public final class IndicatorGroupRepository {

    /** Where a stored group came from. */
    public enum Origin {
        dictionary, derived, user
    }

    /**
     * @param mergedInto the group this one was merged into, or null
     */
    public record Group(String key, String nameZh, String nameEn, Origin origin, String mergedInto) {

        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(origin, "origin");
            nameZh = nameZh == null ? "" : nameZh;
            nameEn = nameEn == null ? "" : nameEn;
        }
    }

    private final Database database;

    public IndicatorGroupRepository(Database database) {
        this.database = database;
    }

    public List<Group> all() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT key, name_zh, name_en, origin, merged_into FROM indicator ORDER BY key");
                 ResultSet rs = st.executeQuery()) {
                List<Group> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Group(rs.getString(1), rs.getString(2), rs.getString(3),
                            Origin.valueOf(rs.getString(4)), rs.getString(5)));
                }
                return out;
            }
        });
    }

    /** Records that every target of {@code from} belongs to {@code into} from now on. */
    public void merge(Group from, Group into, String now) {
        database.write(c -> {
            save(c, into, now);
            save(c, from, now);
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE indicator SET merged_into = ?, updated_at = ? WHERE key = ?")) {
                st.setString(1, into.key());
                st.setString(2, now);
                st.setString(3, from.key());
                st.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Undoes a merge of {@code key} into another group.
     *
     * @return false when the group was not merged
     */
    public boolean unmerge(String key, String now) {
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE indicator SET merged_into = NULL, updated_at = ? WHERE key = ? AND merged_into IS NOT NULL")) {
                st.setString(1, now);
                st.setString(2, key);
                return st.executeUpdate() == 1;
            }
        });
    }

    /**
     * Creates a user group named {@code nameZh} and moves the given targets into it, in one transaction.
     *
     * @return the new group's key ({@code user_<n>})
     */
    public String split(List<Long> targetIds, String nameZh, String now) {
        return database.write(c -> {
            String key = unusedUserKey(c);
            save(c, new Group(key, nameZh, "", Origin.user, null), now);
            int moved = TargetRepository.assignGroup(c, targetIds, key, now);
            if (moved != targetIds.size()) {
                throw new StoreException("some of the targets " + targetIds + " do not exist");
            }
            return key;
        });
    }

    /**
     * Moves targets into an existing group ({@code groupKey}, recorded with its names), or back to the automatic
     * alignment ({@code group} null).
     *
     * @return how many targets were moved
     */
    public int assign(List<Long> targetIds, Group group, String now) {
        return database.write(c -> {
            if (group != null) {
                save(c, group, now);
            }
            return TargetRepository.assignGroup(c, targetIds, group == null ? null : group.key(), now);
        });
    }

    /** Inserts a group; an existing one keeps its names, origin and merge. */
    private static void save(Connection c, Group group, String now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO indicator (key, name_zh, name_en, origin, merged_into, updated_at) VALUES (?, ?, ?, ?, NULL, ?)
                ON CONFLICT (key) DO NOTHING""")) {
            st.setString(1, group.key());
            st.setString(2, group.nameZh());
            st.setString(3, group.nameEn());
            st.setString(4, group.origin().name());
            st.setString(5, now);
            st.executeUpdate();
        }
    }

    private static String unusedUserKey(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM indicator WHERE key = ?")) {
            for (int n = 1; ; n++) {
                st.setString(1, "user_" + n);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return "user_" + n;
                    }
                }
            }
        }
    }
}
