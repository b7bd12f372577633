-- Performance at library scale (3,000 documents, ~100 MB of text).
-- Lengths in characters (code points) are stored once at import, so the library list and the theme matrix do not
-- read every document body and passage text to count them. NULL (a row written by an older version) means "not
-- stored": readers fall back to length(...).

ALTER TABLE document ADD COLUMN characters INTEGER;
UPDATE document SET characters = length(body);

ALTER TABLE passage ADD COLUMN characters INTEGER;
UPDATE passage SET characters = length(text);
