-- The target comparison at library scale: every target of a document packed into one text, so the whole library
-- (~100,000 targets) is read as ~3,000 values instead of ~100,000 rows of 13 columns (the driver's per-column calls
-- were three quarters of building the comparison). Derived data: target_packed defines the packing, a document's
-- pack is rewritten from it by every write of its targets (TargetRepository), and any other change to a target row
-- (another program, a future migration) deletes the pack, so a reader finds either an up-to-date pack or none and then
-- reads that document's rows.
--
-- A target is its fields joined by char(31), in the order TargetPack reads them; targets are joined by char(30), in
-- no particular order (the reader puts them in library order): ORDER BY inside group_concat is syntax that SQLite
-- before 3.44 cannot parse, and a view it cannot parse would make the whole file unreadable to older tools (DB
-- Browser, Python's sqlite3); ordering in a subquery would keep SQLite from reading only the one document's rows
-- when a pack is rewritten. NULL is '' for the numbers; the nullable texts (unit, group key) are written
-- '=' || value so that NULL ('') and an empty text ('=') differ. A document whose texts contain either separator
-- gets a NULL pack, which readers treat as no pack.
CREATE VIEW target_packed (document_id, rows) AS
SELECT document_id,
       CASE WHEN max(instr(indicator, char(30)) + instr(indicator, char(31)) + instr(quote, char(30))
                     + instr(quote, char(31)) + instr(coalesce(unit, ''), char(30))
                     + instr(coalesce(unit, ''), char(31)) + instr(coalesce(group_key, ''), char(30))
                     + instr(coalesce(group_key, ''), char(31))) > 0 THEN NULL
            ELSE group_concat(concat_ws(char(31), id, status, indicator, value, coalesce(value_max, ''),
                                        coalesce('=' || unit, ''), comparator, coalesce(year, ''), per_year, quote,
                                        start_offset, end_offset, coalesce('=' || group_key, '')),
                              char(30))
       END
FROM target
GROUP BY document_id;

CREATE TABLE target_pack (
    document_id  INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    rows         TEXT
);

CREATE TRIGGER target_pack_gone_on_insert AFTER INSERT ON target BEGIN
    DELETE FROM target_pack WHERE document_id = NEW.document_id;
END;

CREATE TRIGGER target_pack_gone_on_update AFTER UPDATE ON target BEGIN
    DELETE FROM target_pack WHERE document_id IN (OLD.document_id, NEW.document_id);
END;

CREATE TRIGGER target_pack_gone_on_delete AFTER DELETE ON target BEGIN
    DELETE FROM target_pack WHERE document_id = OLD.document_id;
END;

INSERT INTO target_pack (document_id, rows) SELECT document_id, rows FROM target_packed;
