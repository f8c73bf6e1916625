-- Every plan version as its JSON document (docs/cli.md), newest last per repository.
CREATE TABLE plan (
    id            VARCHAR(36)   PRIMARY KEY,
    repository    VARCHAR(4096) NOT NULL,
    assessment_id VARCHAR(36)   NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    document      CLOB          NOT NULL
);
CREATE INDEX plan_by_repository ON plan (repository, created_at);

-- The user's edits to steps; they survive re-planning.
CREATE TABLE plan_edit (
    repository   VARCHAR(4096) NOT NULL,
    step_id      VARCHAR(4200) NOT NULL,
    pinned_start INT,
    effort_hours DOUBLE PRECISION,
    excluded     BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (repository, step_id)
);
