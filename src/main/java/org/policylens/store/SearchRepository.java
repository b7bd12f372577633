package org.policylens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.text.SearchKey;

/**
 * Full-text search over passages. Terms of three or more characters go through the FTS5 trigram index; shorter terms
 * (质量, 标准) are matched with {@code instr} over the folded text, because the trigram tokenizer cannot match them.
 * User input only ever reaches SQL as bound parameters, and reaches FTS5 only as quoted phrase strings, so FTS syntax
 * characters such as {@code " * ( ) - : NEAR AND OR} are searched for literally. A theme filter keeps passages coded
 * with that theme under the active codebook.
 */
public final class SearchRepository {

    private static final int TRIGRAM = 3;

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    public List<SearchHit> search(SearchQuery query) {
        List<String> terms = terms(query.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> indexed = terms.stream().filter(t -> t.codePointCount(0, t.length()) >= TRIGRAM).toList();
        List<String> scanned = terms.stream().filter(t -> !indexed.contains(t)).toList();
        List<Row> rows = database.read(c -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT p.id, d.slug, d.title, p.section_path, p.start_offset, p.end_offset, p.text, p.folded""");
            List<String> params = new ArrayList<>();
            if (!indexed.isEmpty()) {
                sql.append(", bm25(passage_fts) FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid")
                        .append(" JOIN document d ON d.id = p.document_id WHERE passage_fts MATCH ?");
                params.add(ftsPhrases(indexed));
            } else {
                sql.append(", 0 FROM passage p JOIN document d ON d.id = p.document_id WHERE 1 = 1");
            }
            for (String term : scanned) {
                sql.append(" AND instr(p.folded, ?) > 0");
                params.add(term);
            }
            if (query.documentSlug() != null) {
                sql.append(" AND d.slug = ?");
                params.add(query.documentSlug());
            }
            if (query.themeCode() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM passage_theme pt JOIN codebook cb ON cb.id = pt.codebook_id")
                        .append(" WHERE cb.active = 1 AND pt.passage_id = p.id AND pt.theme_code = ?)");
                params.add(query.themeCode());
            }
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    st.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    List<Row> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Row row : rows) {
            hits.add(HitMarker.hit(row.slug, row.title, row.id, row.sectionPath, row.start, row.end, row.text,
                    row.folded, terms, indexed.isEmpty() ? 0 : -row.bm25));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(h -> h.hits().size(), Comparator.reverseOrder())
                .thenComparingLong(SearchHit::passageId));
        return query.limit() > 0 && hits.size() > query.limit() ? List.copyOf(hits.subList(0, query.limit())) : hits;
    }

    /** The folded, whitespace-separated terms of a query, without duplicates. */
    static List<String> terms(String query) {
        String key = SearchKey.of(query).strip();
        if (key.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(key.split("\\s+")).distinct().toList();
    }

    /** Each term as an FTS5 string (double quotes doubled), all required. */
    static String ftsPhrases(List<String> terms) {
        StringBuilder out = new StringBuilder();
        for (String term : terms) {
            if (out.length() > 0) {
                out.append(" AND ");
            }
            out.append('"').append(term.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getDouble(9));
    }

    private record Row(long id, String slug, String title, String sectionPath, int start, int end, String text,
                       String folded, double bm25) {
    }
}
