-- Documents, their heading structure and passages, and the full-text index over folded passage text.
-- Text is stored as imported; `folded` is the char-for-char Simplified/half-width copy that search uses,
-- so an offset found in `folded` is the same offset in `text`.

CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    title        TEXT    NOT NULL,
    issuer       TEXT    NOT NULL DEFAULT '',
    level        TEXT,
    region       TEXT    NOT NULL DEFAULT '',
    issued_on    TEXT,
    doc_number   TEXT,
    script       TEXT    NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    sha256       TEXT    NOT NULL UNIQUE,
    body         TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL
);

CREATE TABLE section (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    parent_ordinal  INTEGER NOT NULL,
    depth           INTEGER NOT NULL,
    label           TEXT    NOT NULL,
    heading         TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    path            TEXT    NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE TABLE passage (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    section_ordinal  INTEGER NOT NULL,
    section_path     TEXT    NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    folded           TEXT    NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE INDEX passage_by_document ON passage (document_id, ordinal);

-- Trigram index: finds any substring of 3+ characters, which suits Chinese (no word boundaries).
CREATE VIRTUAL TABLE passage_fts USING fts5(folded, content='passage', content_rowid='id', tokenize='trigram');

CREATE TRIGGER passage_fts_insert AFTER INSERT ON passage BEGIN
    INSERT INTO passage_fts (rowid, folded) VALUES (new.id, new.folded);
END;

CREATE TRIGGER passage_fts_delete AFTER DELETE ON passage BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
END;

CREATE TRIGGER passage_fts_update AFTER UPDATE OF folded ON passage BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO passage_fts (rowid, folded) VALUES (new.id, new.folded);
END;

-- Small facts about the library itself, e.g. whether the first-start import of the bundled corpus has happened.
CREATE TABLE library_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
