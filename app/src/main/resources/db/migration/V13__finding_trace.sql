-- A confirmed data-flow finding keeps its path from source to sink: a JSON array of {file, line, note}.
ALTER TABLE finding ADD COLUMN trace CLOB;
