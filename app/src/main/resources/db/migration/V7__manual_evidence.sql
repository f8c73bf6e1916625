-- What people recorded for checklist items code cannot show, per repository.
CREATE TABLE manual_evidence (
    repository  VARCHAR(4096) NOT NULL,
    check_id    VARCHAR(100)  NOT NULL,
    note        VARCHAR(4000) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (repository, check_id)
);
ALTER TABLE checklist_item ADD COLUMN manual_evidence VARCHAR(4000);
