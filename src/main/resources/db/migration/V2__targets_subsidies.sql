-- Targets, subsidies and indicator groups (filled in by the targets work).
SELECT 1;
