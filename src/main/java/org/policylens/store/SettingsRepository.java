package org.policylens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Key–value facts about the library itself (not user preferences, which live with the UI). */
public final class SettingsRepository {

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM library_setting WHERE key = ?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO library_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                st.setString(1, key);
                st.setString(2, value);
                st.executeUpdate();
            }
            return null;
        });
    }
}
