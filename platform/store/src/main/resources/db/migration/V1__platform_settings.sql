-- Platform-wide settings, one row per named value.
CREATE TABLE platform_setting (
    name VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
