-- Targets, subsidies and indicator groups.
-- Extracted records carry a status: 'auto' rows belong to the extractor and are replaced by a re-run; 'confirmed',
-- 'edited' and 'rejected' rows are a user's decision and are never overwritten by extraction.
-- The origin_* columns keep what the extractor read, so a record can be recognised again (identity = quote, its
-- offsets and the extracted value) after the user edited it, and after a re-extraction assigned new row ids.

-- A group of targets that the comparison shows as one row. Rows are written when the user makes a decision about
-- a group: a group made by splitting ('user'), or a group merged into another (merged_into).
CREATE TABLE indicator (
    key          TEXT PRIMARY KEY,
    name_zh      TEXT NOT NULL DEFAULT '',
    name_en      TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL CHECK (origin IN ('dictionary', 'derived', 'user')),
    merged_into  TEXT REFERENCES indicator(key),
    updated_at   TEXT NOT NULL,
    CHECK (merged_into IS NULL OR merged_into <> key)
);

CREATE TABLE target (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    status           TEXT    NOT NULL CHECK (status IN ('auto', 'confirmed', 'edited', 'rejected')),
    indicator        TEXT    NOT NULL,
    value            REAL    NOT NULL,
    value_max        REAL,
    unit             TEXT,
    comparator       TEXT    NOT NULL CHECK (comparator IN ('>=', '<=', '~', '=')),
    year             INTEGER,
    per_year         INTEGER NOT NULL CHECK (per_year IN (0, 1)),
    quote            TEXT    NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    origin_indicator TEXT    NOT NULL,
    origin_value     REAL    NOT NULL,
    origin_value_max REAL,
    -- the group the user moved this target to (split), or NULL: the automatic alignment decides
    group_key        TEXT    REFERENCES indicator(key),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE INDEX target_by_document ON target (document_id, start_offset);

CREATE TABLE subsidy (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    status             TEXT    NOT NULL CHECK (status IN ('auto', 'confirmed', 'edited', 'rejected')),
    item               TEXT    NOT NULL,
    recipient          TEXT,
    amount_yuan        INTEGER NOT NULL,
    amount_text        TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    quote              TEXT    NOT NULL,
    start_offset       INTEGER NOT NULL,
    end_offset         INTEGER NOT NULL,
    origin_item        TEXT    NOT NULL,
    origin_amount_yuan INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE INDEX subsidy_by_document ON subsidy (document_id, start_offset);

-- Which documents extraction has run on, so a library from before this migration is caught up once.
CREATE TABLE extraction_run (
    document_id   INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    extracted_at  TEXT NOT NULL
);
