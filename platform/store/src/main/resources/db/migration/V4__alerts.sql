-- Alerts: flow error events waiting for their digest, and when each flow's last digest went out.
-- Portable to Derby and PostgreSQL, as V2. No foreign keys: alerts outlive the flows they mention.

-- One row per ERRORS_OPENED / ERRORS_AUTO_RESOLVED event with subscribers. samples and subscribers hold one
-- entry per line; the alerts service keeps them below Derby's longest VARCHAR.
CREATE TABLE alert_pending (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    flow_id VARCHAR(100) NOT NULL,
    flow_name VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    run_id VARCHAR(100),
    error_count INTEGER NOT NULL,
    samples VARCHAR(32672) NOT NULL,
    subscribers VARCHAR(32672) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX alert_pending_flow ON alert_pending (flow_id);

-- The row of a flow is also the lock that lets one node at a time send its digest; sent_at is null until
-- the first digest.
CREATE TABLE alert_digest (
    flow_id VARCHAR(100) NOT NULL PRIMARY KEY,
    sent_at TIMESTAMP
);
