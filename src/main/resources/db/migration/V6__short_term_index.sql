-- An index for search terms of one or two characters, which the trigram index cannot match (质, 质量).
-- Each passage is indexed as the set of its distinct unigrams and bigrams of the folded text, each with the number of
-- times it occurs there: one token per gram, written  <length><gram><999999 - count>  (e.g. "2质量999997" for three
-- occurrences of 质量). The leading length keeps the grams' token ranges apart ("1质…" vs "2质量…"), and the inverted,
-- zero-padded count sorts a gram's tokens from the most occurrences down, so the passages that rank first for a term
-- are read first. Grams with whitespace or ASCII control characters are not indexed (a search term never contains
-- whitespace; terms with control characters are matched by scanning).
-- The ascii tokenizer keeps every non-ASCII character in a token; tokenchars adds all ASCII punctuation, so only the
-- space separates tokens. Contentless (the tokens are written by DocumentRepository), detail=none (no positions).
-- The token lists are built in Java: for an existing library, Migrator builds them right after this script.

CREATE VIRTUAL TABLE passage_short USING fts5(
    grams, content='', contentless_delete=1, detail=none,
    tokenize='ascii tokenchars ''!"#$%&''''()*+,-./:;<=>?@[\]^_`{|}~''');

-- Per token, how many passages have it (term, doc = passages, cnt).
CREATE VIRTUAL TABLE passage_short_buckets USING fts5vocab(passage_short, 'row');

-- Per token, the passages that have it (term, doc = passage id).
CREATE VIRTUAL TABLE passage_short_postings USING fts5vocab(passage_short, 'instance');

CREATE TRIGGER passage_short_delete AFTER DELETE ON passage BEGIN
    DELETE FROM passage_short WHERE rowid = old.id;
END;

-- Passages are never rewritten in place (a new version deletes and re-inserts them), so the tokens cannot go stale.
CREATE TRIGGER passage_short_no_update BEFORE UPDATE OF folded ON passage BEGIN
    SELECT RAISE(ABORT, 'passage text is not updated in place; replace the document');
END;
