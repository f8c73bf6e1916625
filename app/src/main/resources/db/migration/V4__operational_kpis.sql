-- Operational KPIs entered or imported by the user, one row per measurement.
CREATE TABLE kpi_measurement (
    repository  VARCHAR(4096) NOT NULL,
    kpi         VARCHAR(40)   NOT NULL,
    measured_on DATE          NOT NULL,
    kpi_value   DOUBLE PRECISION NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (repository, kpi, measured_on)
);
