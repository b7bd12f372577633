-- Codebooks, their themes and matching rules, the theme coding of passages, and the user's manual coding decisions.
-- Codebooks are user data: the default one is seeded once (by the application, from data/codebooks/default.json)
-- when the library has no codebook; edits are stored here and never overwritten by re-seeding.

CREATE TABLE codebook (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL
);

-- At most one codebook is active: the one passages are coded with.
CREATE UNIQUE INDEX codebook_one_active ON codebook (active) WHERE active = 1;

CREATE TABLE theme (
    codebook_id  TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
    code         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    parent_code  TEXT,
    name_zh      TEXT    NOT NULL DEFAULT '',
    name_en      TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (codebook_id, code)
);

-- A theme's rule, normalised: kind 'keyword' (term + weight), 'heading' (a heading pattern) or 'exclusion'.
CREATE TABLE theme_rule_term (
    codebook_id  TEXT    NOT NULL,
    theme_code   TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('keyword', 'heading', 'exclusion')),
    position     INTEGER NOT NULL,
    term         TEXT    NOT NULL,
    weight       REAL,
    PRIMARY KEY (codebook_id, theme_code, kind, position),
    FOREIGN KEY (codebook_id, theme_code) REFERENCES theme(codebook_id, code) ON DELETE CASCADE
);

-- The coding of passages with the active codebook: the classifier's themes with their evidence, adjusted by the
-- user's decisions (source 'manual'). Derived data: rebuilt on every (re)classification.
CREATE TABLE passage_theme (
    passage_id   INTEGER NOT NULL REFERENCES passage(id) ON DELETE CASCADE,
    codebook_id  TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
    theme_code   TEXT    NOT NULL,
    rank         INTEGER NOT NULL,
    source       TEXT    NOT NULL CHECK (source IN ('auto', 'manual')),
    score        REAL    NOT NULL,
    evidence     TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (passage_id, codebook_id, theme_code)
);

CREATE INDEX passage_theme_by_code ON passage_theme (codebook_id, theme_code);

-- Which documents are coded, and with which codebook; a document without a row here is coded on first use.
CREATE TABLE document_coding (
    document_id  INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    codebook_id  TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
    coded_at     TEXT    NOT NULL
);

-- The user's manual decisions: a theme added to or removed from a passage. User data, so it is keyed by what
-- survives a re-import (document slug, a hash of the passage text, its offsets and text), not by a passage id, and
-- it has no foreign key to documents or passages: deleting or replacing a document does not delete decisions.
CREATE TABLE theme_decision (
    id             INTEGER PRIMARY KEY,
    codebook_id    TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
    document_slug  TEXT    NOT NULL,
    passage_hash   TEXT    NOT NULL,
    passage_start  INTEGER NOT NULL,
    passage_end    INTEGER NOT NULL,
    quote          TEXT    NOT NULL,
    theme_code     TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('add', 'remove')),
    decided_at     TEXT    NOT NULL
);

CREATE INDEX theme_decision_by_document ON theme_decision (codebook_id, document_slug);
