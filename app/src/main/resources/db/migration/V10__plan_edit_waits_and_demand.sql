-- Two more edits a user can make to a step: what else it waits for, and who does it.
ALTER TABLE plan_edit ADD COLUMN waits_for CLOB;          -- JSON array of step ids
ALTER TABLE plan_edit ADD COLUMN demand VARCHAR(1000);    -- JSON object: people per skill
