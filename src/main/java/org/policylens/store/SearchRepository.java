package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.text.SearchKey;

/**
 * Full-text search over passages. Terms of three or more characters go through the FTS5 trigram index. A page of hits
 * for shorter terms alone (质量, 标准), which the trigram tokenizer cannot match, comes from the short-term index
 * ({@link ShortTermIndex}); otherwise short terms are matched with {@code instr} over the folded text (beside a
 * trigram term, within one document, or when all hits are asked for).
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
        if (query.limit() > 0 && indexed.isEmpty() && query.documentSlug() == null
                && scanned.stream().allMatch(ShortTermIndex::covers)) {
            return searchShort(query, terms);
        }
        if (query.limit() > 0 && (!indexed.isEmpty() || scanned.stream().allMatch(SearchRepository::countableInSql))) {
            return searchPage(query, terms, indexed, scanned);
        }
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
            appendFilters(sql, params, query, scanned);
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    List<Row> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
        return ranked(rows, terms, !indexed.isEmpty(), query.limit());
    }

    /**
     * One page of hits, without reading and marking every matching passage. First SQLite ranks the matches by the
     * same primary score the hits are sorted by (bm25, or the number of occurrences), reading only ids and scores;
     * then the passages down to the page's lowest score (ties included) are read and marked, and sorted exactly as
     * {@link #ranked} sorts, so the page is the one a full sort would give.
     */
    private List<SearchHit> searchPage(SearchQuery query, List<String> terms, List<String> indexed,
                                       List<String> scanned) {
        boolean byIndex = !indexed.isEmpty();
        List<Row> rows = database.read(c -> {
            StringBuilder sql = new StringBuilder("SELECT p.id, ");
            List<String> params = new ArrayList<>();
            if (byIndex) {
                sql.append("bm25(passage_fts) FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid")
                        .append(" WHERE passage_fts MATCH ?");
                params.add(ftsPhrases(indexed));
            } else {
                // Occurrences of each term; exact for the terms countableInSql admits (they cannot overlap).
                List<String> counts = new ArrayList<>();
                for (String term : scanned) {
                    counts.add("(length(p.folded) - length(replace(p.folded, ?, ''))) / length(?)");
                    params.add(term);
                    params.add(term);
                }
                sql.append(String.join(" + ", counts)).append(" FROM passage p WHERE 1 = 1");
            }
            appendFilters(sql, params, query, scanned);
            List<long[]> ranking = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ranking.add(new long[] {rs.getLong(1), ranking.size()});
                        scores.add(byIndex ? -rs.getDouble(2) : rs.getDouble(2));
                    }
                }
            }
            if (ranking.isEmpty()) {
                return List.<Row>of();
            }
            double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double cutoff = sorted.length <= query.limit() ? Double.NEGATIVE_INFINITY
                    : sorted[sorted.length - query.limit()];
            Map<Long, Double> candidates = new HashMap<>();
            for (long[] r : ranking) {
                double score = scores.get((int) r[1]);
                if (score >= cutoff) {
                    candidates.put(r[0], score);
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT p.id, d.slug, d.title, p.section_path, p.start_offset, p.end_offset, p.text, p.folded, 0
                    FROM passage p JOIN document d ON d.id = p.document_id
                    WHERE p.id IN (SELECT value FROM json_each(?))""")) {
                st.setString(1, candidates.keySet().toString());
                try (ResultSet rs = st.executeQuery()) {
                    List<Row> out = new ArrayList<>(candidates.size());
                    while (rs.next()) {
                        Row r = row(rs);
                        // The hits are scored by -bm25 where the index matched, as the full search scores them.
                        out.add(byIndex ? r.withBm25(-candidates.get(r.id)) : r);
                    }
                    return out;
                }
            }
        });
        return ranked(rows, terms, byIndex, query.limit());
    }

    /**
     * One page of hits for terms of one or two characters, from the short-term index (see {@link ShortTermIndex}).
     * The index gives each matching passage's number of occurrences, the primary score the hits are sorted by, so
     * only the passages down to the page's lowest score (ties included) are read and marked, and sorted exactly as
     * {@link #ranked} sorts. With one term and no theme filter, the count buckets tell where the page ends, so only
     * the postings above that count are read; otherwise SQLite sums the terms' counts over the passages having all
     * terms.
     */
    private List<SearchHit> searchShort(SearchQuery query, List<String> terms) {
        List<Row> rows = database.read(c -> {
            List<Long> candidates = terms.size() == 1 && query.themeCode() == null
                    ? topOfOneTerm(c, terms.get(0), query.limit())
                    : topOfTerms(c, terms, query);
            return candidates.isEmpty() ? List.<Row>of() : readPassages(c, candidates);
        });
        return ranked(rows, terms, false, query.limit());
    }

    private static List<Long> topOfOneTerm(Connection c, String term, int limit) throws SQLException {
        List<int[]> buckets = new ArrayList<>(); // count, passages
        try (PreparedStatement st = c.prepareStatement(
                "SELECT term, doc FROM passage_short_buckets WHERE term >= ? AND term <= ?")) {
            st.setString(1, ShortTermIndex.first(term));
            st.setString(2, ShortTermIndex.atLeast(term, 1));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new int[] {ShortTermIndex.count(rs.getString(1)), rs.getInt(2)});
                }
            }
        }
        if (buckets.isEmpty()) {
            return List.of();
        }
        buckets.sort(Comparator.comparingInt((int[] b) -> b[0]).reversed());
        int cutoff = 1;
        long passages = 0;
        for (int[] bucket : buckets) {
            passages += bucket[1];
            cutoff = bucket[0];
            if (passages >= limit) {
                break;
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT doc FROM passage_short_postings WHERE term >= ? AND term <= ?")) {
            st.setString(1, ShortTermIndex.first(term));
            st.setString(2, ShortTermIndex.atLeast(term, cutoff));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> topOfTerms(Connection c, List<String> terms, SearchQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT doc, sum(n) AS score FROM (");
        List<String> params = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT doc, ").append(ShortTermIndex.MAX_COUNT)
                    .append(" - CAST(substr(term, -").append(ShortTermIndex.COUNT_DIGITS)
                    .append(") AS INTEGER) AS n FROM passage_short_postings WHERE term >= ? AND term <= ?");
            params.add(ShortTermIndex.first(terms.get(i)));
            params.add(ShortTermIndex.atLeast(terms.get(i), 1));
        }
        sql.append(") GROUP BY doc HAVING count(*) = ").append(terms.size());
        if (query.themeCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM passage_theme pt JOIN codebook cb ON cb.id = pt.codebook_id")
                    .append(" WHERE cb.active = 1 AND pt.passage_id = doc AND pt.theme_code = ?)");
            params.add(query.themeCode());
        }
        sql.append(" ORDER BY score DESC");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                long cutoff = Long.MIN_VALUE;
                while (rs.next()) {
                    long score = rs.getLong(2);
                    if (ids.size() >= query.limit()) {
                        if (score < cutoff) {
                            break;
                        }
                    } else {
                        cutoff = score;
                    }
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Row> readPassages(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT p.id, d.slug, d.title, p.section_path, p.start_offset, p.end_offset, p.text, p.folded, 0
                FROM passage p JOIN document d ON d.id = p.document_id
                WHERE p.id IN (SELECT value FROM json_each(?))""")) {
            st.setString(1, ids.toString());
            try (ResultSet rs = st.executeQuery()) {
                List<Row> out = new ArrayList<>(ids.size());
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        }
    }

    /**
     * Whether SQLite can count a short term's occurrences exactly as {@link HitMarker} does (overlapping matches
     * counted): true when two occurrences can never overlap, i.e. one character, or two different ones.
     */
    static boolean countableInSql(String term) {
        int[] cps = term.codePoints().toArray();
        return cps.length == 1 || cps.length == 2 && cps[0] != cps[1];
    }

    private static void appendFilters(StringBuilder sql, List<String> params, SearchQuery query,
                                      List<String> scanned) {
        for (String term : scanned) {
            sql.append(" AND instr(p.folded, ?) > 0");
            params.add(term);
        }
        if (query.documentSlug() != null) {
            sql.append(" AND p.document_id IN (SELECT id FROM document WHERE slug = ?)");
            params.add(query.documentSlug());
        }
        if (query.themeCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM passage_theme pt JOIN codebook cb ON cb.id = pt.codebook_id")
                    .append(" WHERE cb.active = 1 AND pt.passage_id = p.id AND pt.theme_code = ?)");
            params.add(query.themeCode());
        }
    }

    private static void bind(PreparedStatement st, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setString(i + 1, params.get(i));
        }
    }

    private static List<SearchHit> ranked(List<Row> rows, List<String> terms, boolean byIndex, int limit) {
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Row row : rows) {
            hits.add(HitMarker.hit(row.slug, row.title, row.id, row.sectionPath, row.start, row.end, row.text,
                    row.folded, terms, byIndex ? -row.bm25 : 0));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(h -> h.hits().size(), Comparator.reverseOrder())
                .thenComparingLong(SearchHit::passageId));
        return limit > 0 && hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
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

        Row withBm25(double value) {
            return new Row(id, slug, title, sectionPath, start, end, text, folded, value);
        }
    }
}
