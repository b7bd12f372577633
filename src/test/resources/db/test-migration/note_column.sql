-- A later migration, used only by tests of the upgrade path.
ALTER TABLE document ADD COLUMN note TEXT;
