-- Tiers the user set by hand, with why; they hold for later assessments of the repository too.
CREATE TABLE tier_override (
    repository   VARCHAR(4096) NOT NULL,
    component_id VARCHAR(4096) NOT NULL,
    tier         VARCHAR(2)    NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (repository, component_id)
);
