-- The operational readiness checklist of each assessment.
CREATE TABLE checklist_item (
    assessment_id VARCHAR(36)   NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    check_id      VARCHAR(100)  NOT NULL,
    area          VARCHAR(40)   NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    evidence      VARCHAR(4000),
    PRIMARY KEY (assessment_id, position)
);
