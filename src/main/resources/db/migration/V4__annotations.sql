-- Annotations: a user's highlights, notes and codes on a span of a document. They are user data: an import or a
-- re-extraction never deletes them. Each stores its quote with prefix and suffix (W3C TextQuoteSelector) as well as
-- its code point offsets (TextPositionSelector), so it can be found again after the document's text changes.

CREATE TABLE annotation (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    quote        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT '',
    color        TEXT    NOT NULL DEFAULT 'yellow',
    orphaned     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL,
    modified_at  TEXT    NOT NULL
);

CREATE INDEX annotation_by_document ON annotation (document_id, start_offset);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL,
    PRIMARY KEY (annotation_id, tag)
);

CREATE INDEX annotation_tag_by_tag ON annotation_tag (tag);
