-- Search moves to an index of our own (store/GramIndex): per segment of passages, the postings of every unigram and
-- bigram of the folded text, with occurrence counts and, for bigrams, offsets. It answers terms of any length, so it
-- replaces both the FTS5 trigram index (V1) and the short-term index (V6), and it is about ten times cheaper to build.
-- The postings of an existing library are built in Java right after this script, in the same transaction.

DROP TRIGGER passage_fts_insert;
DROP TRIGGER passage_fts_delete;
DROP TRIGGER passage_fts_update;
DROP TABLE passage_fts;

DROP TRIGGER passage_short_delete;
DROP TRIGGER passage_short_no_update;
DROP TABLE passage_short_buckets;
DROP TABLE passage_short_postings;
DROP TABLE passage_short;

-- A segment: the passages with ids first_passage..last_passage, their number and total length in code points, and
-- per passage its length (varints: id difference, length), which ranking needs. AUTOINCREMENT: a segment id is never
-- reused, so readers may cache what a segment holds.
CREATE TABLE gram_segment (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    first_passage  INTEGER NOT NULL,
    last_passage   INTEGER NOT NULL,
    passages       INTEGER NOT NULL,
    characters     INTEGER NOT NULL,
    lengths        BLOB    NOT NULL,
    buckets        INTEGER NOT NULL,
    CHECK (first_passage <= last_passage AND buckets > 0)
);

CREATE INDEX gram_segment_by_range ON gram_segment (first_passage);

-- The postings of a segment's grams, hashed into `buckets` rows (see GramSegmentBuilder for the encoding).
CREATE TABLE gram_posting (
    segment_id  INTEGER NOT NULL,
    bucket      INTEGER NOT NULL,
    postings    BLOB    NOT NULL,
    PRIMARY KEY (segment_id, bucket)
) WITHOUT ROWID;

-- Passages deleted since their segments were last rebuilt; GramIndex.compact empties it in the deleting transaction.
CREATE TABLE gram_removed (
    passage_id  INTEGER PRIMARY KEY
);

CREATE TRIGGER passage_removed_from_search AFTER DELETE ON passage BEGIN
    INSERT OR IGNORE INTO gram_removed (passage_id) VALUES (old.id);
END;

-- Passages are never rewritten in place (a new version deletes and re-inserts them), so postings cannot go stale.
CREATE TRIGGER passage_text_no_update BEFORE UPDATE OF folded ON passage BEGIN
    SELECT RAISE(ABORT, 'passage text is not updated in place; replace the document');
END;
