-- The theme matrix at library scale: per document, codebook and theme, how many passages carry the theme and their
-- summed length (code points). Read instead of grouping ~300,000 passage_theme rows (which costs SQLite a sort of
-- all of them) every time the matrix is built. Derived data, rewritten from passage_theme in the same transaction
-- as every write of a document's coding (PassageThemeRepository); it goes with its document and codebook.
CREATE TABLE document_theme (
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    codebook_id  TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
    theme_code   TEXT    NOT NULL,
    passages     INTEGER NOT NULL,
    characters   INTEGER NOT NULL,
    PRIMARY KEY (document_id, codebook_id, theme_code)
) WITHOUT ROWID;

-- Passage lengths are always stored since V5; a row left without one gets it here, so readers may rely on it.
UPDATE passage SET characters = length(text) WHERE characters IS NULL;

INSERT INTO document_theme (document_id, codebook_id, theme_code, passages, characters)
SELECT p.document_id, pt.codebook_id, pt.theme_code, count(*), sum(p.characters)
FROM passage_theme pt JOIN passage p ON p.id = pt.passage_id
GROUP BY p.document_id, pt.codebook_id, pt.theme_code;

-- The same key as the unique constraint's index plus the length, so a document's passage total (the matrix's
-- denominator) is summed from the index alone instead of from passage rows that hold the text. Replaces the plain
-- (document_id, ordinal) index, which the unique constraint's index already duplicates.
DROP INDEX passage_by_document;
CREATE INDEX passage_length_by_document ON passage (document_id, ordinal, characters);
