-- A finding may stand for the repeated hits of its rule in one file: the lines, comma-separated.
ALTER TABLE finding ADD COLUMN occurrences CLOB;
