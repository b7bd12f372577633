package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.text.SearchKey;

/**
 * Full-text search over passages, from the gram index ({@link GramIndex}, {@link GramMatcher}). All terms must occur.
 * Hits are ranked by relevance when a term has three or more characters — Okapi BM25 over those terms, with the same
 * constants and idf floor as SQLite FTS5's {@code bm25()}, passage length in code points — and otherwise by the number
 * of occurrences. A page of hits only reads and marks the passages down to the page's lowest score (ties included), so
 * it is the page a full sort would give.
 * User input never reaches SQL except as bound parameters, and there is no query syntax: characters such as
 * {@code " * ( ) - : NEAR AND OR} are searched for literally. A theme filter keeps passages coded with that theme under
 * the active codebook. Terms with ASCII control characters, which the index leaves out, are matched by scanning.
 */
public final class SearchRepository {

    /** Terms this long or longer are ranked by relevance, shorter ones by occurrences. */
    private static final int RELEVANCE_TERM = 3;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** FTS5 floors a term's idf here, so a term in most passages still counts a little. */
    private static final double MIN_IDF = 1e-6;

    private final Database database;
    /** Passage lengths per index segment, read once: segments are immutable and their ids never reused. */
    private final GramMatcher.LengthCache lengths = new GramMatcher.LengthCache();

    public SearchRepository(Database database) {
        this.database = database;
    }

    public List<SearchHit> search(SearchQuery query) {
        List<String> terms = terms(query.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        if (!terms.stream().allMatch(Grams::covers)) {
            return scan(query, terms);
        }
        boolean byRelevance = terms.stream().anyMatch(SearchRepository::rankedByRelevance);
        List<Row> rows = database.read(c -> {
            Scored matching = restrict(c, query, scores(c, terms));
            if (matching.size() == 0) {
                return List.<Row>of();
            }
            Map<Long, Double> scores = pageCandidates(matching, query.limit());
            List<Row> read = readPassages(c, new ArrayList<>(scores.keySet()));
            if (!byRelevance) {
                return read;
            }
            List<Row> scored = new ArrayList<>(read.size());
            read.forEach(r -> scored.add(r.withRelevance(scores.get(r.id))));
            return scored;
        });
        return ranked(rows, terms, byRelevance, query.limit());
    }

    private static boolean rankedByRelevance(String term) {
        return term.codePointCount(0, term.length()) >= RELEVANCE_TERM;
    }

    /** The passages having all the terms, ascending, with their primary score. */
    private record Scored(long[] passages, double[] scores) {

        int size() {
            return passages.length;
        }
    }

    /** Every passage having all the terms, with its primary score (relevance, or the number of occurrences). */
    private Scored scores(Connection c, List<String> terms) throws SQLException {
        GramMatcher matcher = GramMatcher.open(c, lengths);
        List<GramMatcher.TermMatches> matches = new ArrayList<>(terms.size());
        for (String term : terms) {
            GramMatcher.TermMatches m = matcher.match(term);
            if (m.size() == 0) {
                return new Scored(new long[0], new double[0]);
            }
            matches.add(m);
        }
        boolean byRelevance = terms.stream().anyMatch(SearchRepository::rankedByRelevance);
        double averageLength = matcher.averageLength();
        // Walk the first term's passages; the other terms' lists are ascending too, so one pointer each suffices.
        GramMatcher.TermMatches first = matches.get(0);
        int[] at = new int[terms.size()];
        long[] passages = new long[first.size()];
        double[] scores = new double[first.size()];
        int n = 0;
        for (int d = 0; d < first.size(); d++) {
            long passage = first.passages()[d];
            boolean all = true;
            for (int i = 1; i < terms.size() && all; i++) {
                GramMatcher.TermMatches m = matches.get(i);
                while (at[i] < m.size() && m.passages()[at[i]] < passage) {
                    at[i]++;
                }
                all = at[i] < m.size() && m.passages()[at[i]] == passage;
            }
            if (!all) {
                continue;
            }
            at[0] = d;
            double score = 0;
            int length = byRelevance ? matcher.lengthOf(passage) : 0;
            for (int i = 0; i < terms.size(); i++) {
                GramMatcher.TermMatches m = matches.get(i);
                int f = m.counts()[at[i]];
                if (!byRelevance) {
                    score += f;
                } else if (rankedByRelevance(terms.get(i))) {
                    double idf = Math.max(MIN_IDF, Math.log((matcher.passages() - m.size() + 0.5) / (m.size() + 0.5)));
                    score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * length / averageLength));
                }
            }
            passages[n] = passage;
            scores[n++] = score;
        }
        return new Scored(Arrays.copyOf(passages, n), Arrays.copyOf(scores, n));
    }

    /** Keeps the passages the query's document and theme allow (and none deleted since the index was written). */
    private static Scored restrict(Connection c, SearchQuery query, Scored scored) throws SQLException {
        if (scored.size() == 0) {
            return scored;
        }
        Set<Long> removed = ids(c, "SELECT passage_id FROM gram_removed", null);
        Set<Long> inDocument = query.documentSlug() == null ? null : ids(c, """
                SELECT p.id FROM passage p JOIN document d ON d.id = p.document_id WHERE d.slug = ?""",
                query.documentSlug());
        Set<Long> withTheme = query.themeCode() == null ? null : ids(c, """
                SELECT pt.passage_id FROM passage_theme pt JOIN codebook cb ON cb.id = pt.codebook_id
                WHERE cb.active = 1 AND pt.theme_code = ?""", query.themeCode());
        if (removed.isEmpty() && inDocument == null && withTheme == null) {
            return scored;
        }
        long[] passages = new long[scored.size()];
        double[] scores = new double[scored.size()];
        int n = 0;
        for (int i = 0; i < scored.size(); i++) {
            long passage = scored.passages()[i];
            if (!removed.contains(passage) && (inDocument == null || inDocument.contains(passage))
                    && (withTheme == null || withTheme.contains(passage))) {
                passages[n] = passage;
                scores[n++] = scored.scores()[i];
            }
        }
        return new Scored(Arrays.copyOf(passages, n), Arrays.copyOf(scores, n));
    }

    private static Set<Long> ids(Connection c, String sql, String parameter) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The passages scoring at least the page's lowest score (all of them when the limit is 0), with their scores. */
    private static Map<Long, Double> pageCandidates(Scored scored, int limit) {
        double cutoff = limit == 0 || scored.size() <= limit ? Double.NEGATIVE_INFINITY
                : lowestOfTop(scored.scores(), limit);
        Map<Long, Double> out = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            if (scored.scores()[i] >= cutoff) {
                out.put(scored.passages()[i], scored.scores()[i]);
            }
        }
        return out;
    }

    /** The k-th largest score, with a min-heap of the k largest (a page is small; the matches can be many). */
    private static double lowestOfTop(double[] scores, int k) {
        PriorityQueue<Double> top = new PriorityQueue<>(k);
        for (double score : scores) {
            if (top.size() < k) {
                top.add(score);
            } else if (score > top.peek()) {
                top.poll();
                top.add(score);
            }
        }
        return top.peek();
    }

    /** Search by reading every passage, for terms the index cannot answer; ranked by occurrences. */
    private List<SearchHit> scan(SearchQuery query, List<String> terms) {
        List<Row> rows = database.read(c -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT p.id, d.slug, d.title, p.section_path, p.start_offset, p.end_offset, p.text, p.folded, 0
                    FROM passage p JOIN document d ON d.id = p.document_id WHERE 1 = 1""");
            List<String> params = new ArrayList<>();
            for (String term : terms) {
                sql.append(" AND instr(").append(FoldedColumn.sql("p")).append(", ?) > 0");
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
                return rows(st);
            }
        });
        return ranked(rows, terms, false, query.limit());
    }

    private static List<Row> readPassages(Connection c, List<Long> ids) throws SQLException {
        List<Row> out = new ArrayList<>(ids.size());
        int chunk = 10_000;
        for (int from = 0; from < ids.size(); from += chunk) {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT p.id, d.slug, d.title, p.section_path, p.start_offset, p.end_offset, p.text, p.folded, 0
                    FROM passage p JOIN document d ON d.id = p.document_id
                    WHERE p.id IN (SELECT value FROM json_each(?))""")) {
                st.setString(1, ids.subList(from, Math.min(ids.size(), from + chunk)).toString());
                out.addAll(rows(st));
            }
        }
        return out;
    }

    private static List<Row> rows(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            List<Row> out = new ArrayList<>();
            while (rs.next()) {
                String text = rs.getString(7);
                out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), text, FoldedColumn.of(text, rs.getString(8)), rs.getDouble(9)));
            }
            return out;
        }
    }

    private static List<SearchHit> ranked(List<Row> rows, List<String> terms, boolean byRelevance, int limit) {
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Row row : rows) {
            hits.add(HitMarker.hit(row.slug, row.title, row.id, row.sectionPath, row.start, row.end, row.text,
                    row.folded, terms, byRelevance ? row.relevance : 0));
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

    private record Row(long id, String slug, String title, String sectionPath, int start, int end, String text,
                       String folded, double relevance) {

        Row withRelevance(double value) {
            return new Row(id, slug, title, sectionPath, start, end, text, folded, value);
        }
    }
}
