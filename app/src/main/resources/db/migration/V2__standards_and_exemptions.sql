-- Why a finding is accepted (null when it is not): exempt findings are shown but cost nothing.
ALTER TABLE finding ADD COLUMN exemption VARCHAR(4000);

-- Production standards as their JSON document (docs/standards.md), one row per name.
CREATE TABLE standard (
    name       VARCHAR(200) PRIMARY KEY,
    document   CLOB         NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Small settings, such as which standard is active.
CREATE TABLE setting (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
