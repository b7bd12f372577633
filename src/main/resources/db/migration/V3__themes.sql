-- Codebooks, themes and passage coding (filled in by the themes work).
SELECT 1;
