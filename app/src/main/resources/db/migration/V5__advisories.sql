-- OSV advisories the user imported, one row per advisory and package (the shipped snapshot is not stored).
CREATE TABLE advisory (
    advisory_id VARCHAR(200)  NOT NULL,
    ecosystem   VARCHAR(20)   NOT NULL,
    package     VARCHAR(1000) NOT NULL,
    document    CLOB          NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (advisory_id, ecosystem, package)
);
