-- A finding nothing untrusted was traced to is a point to review, not a proven problem.
ALTER TABLE finding ADD COLUMN review BOOLEAN DEFAULT FALSE NOT NULL;
