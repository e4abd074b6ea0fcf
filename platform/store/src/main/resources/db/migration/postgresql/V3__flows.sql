-- Flow engine, PostgreSQL dialect: the same schema as ../V3__flows.sql with TEXT where Derby needs CLOB.
-- Documents that can outgrow 32672 characters (a definition, a page's outcomes, a record, a webhook body) are
-- TEXT; the other texts stay VARCHAR. Times are UTC. Everything of a flow goes when the flow (or its workspace)
-- goes. Column names avoid reserved words (TRIGGER, CURSOR).

-- active_run_id marks the one run of the flow that may execute: taken by a conditional update
-- (... WHERE active_run_id IS NULL), released with the run's final status, so racing triggers and nodes cannot
-- both run it. watermark is the delta position reached by the last normal run that read the source to its end.
CREATE TABLE flow (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(40) NOT NULL,
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    enabled BOOLEAN NOT NULL,
    trigger_type VARCHAR(20) NOT NULL,
    definition_json TEXT NOT NULL,
    hook_key VARCHAR(40),
    watermark VARCHAR(32672),
    active_run_id VARCHAR(40),
    row_version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT flow_name_unique UNIQUE (workspace_id, name),
    CONSTRAINT flow_hook_key_unique UNIQUE (hook_key)
);
CREATE INDEX flow_tenant ON flow (tenant_id, name);
CREATE INDEX flow_trigger ON flow (trigger_type, enabled);

-- since_watermark is the flow's watermark when the run started and next_cursor the source cursor after the last
-- committed page: a run taken over after a crash continues from both. source_done: the last page is committed.
CREATE TABLE flow_run (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    flow_id VARCHAR(40) NOT NULL REFERENCES flow (id) ON DELETE CASCADE,
    tenant_id VARCHAR(40) NOT NULL,
    workspace_id VARCHAR(40) NOT NULL,
    run_mode VARCHAR(10) NOT NULL,
    run_trigger VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    started_by VARCHAR(200),
    run_limit INTEGER,
    since_watermark VARCHAR(32672),
    next_cursor VARCHAR(32672),
    watermark VARCHAR(32672),
    source_done BOOLEAN NOT NULL,
    read_count BIGINT NOT NULL,
    success_count BIGINT NOT NULL,
    ignored_count BIGINT NOT NULL,
    error_count BIGINT NOT NULL,
    pages BIGINT NOT NULL,
    message VARCHAR(4000),
    cancel_requested_by VARCHAR(200),
    created_at TIMESTAMP NOT NULL,
    started_at TIMESTAMP,
    ended_at TIMESTAMP,
    duration_millis BIGINT,
    node_id VARCHAR(200),
    heartbeat_at TIMESTAMP
);
CREATE INDEX flow_run_flow_created ON flow_run (flow_id, created_at, id);
CREATE INDEX flow_run_flow_started ON flow_run (flow_id, started_at);
CREATE INDEX flow_run_tenant_created ON flow_run (tenant_id, created_at, id);
CREATE INDEX flow_run_workspace_created ON flow_run (workspace_id, created_at, id);
CREATE INDEX flow_run_status ON flow_run (status, heartbeat_at);

-- One row per committed page: the outcome of each of its records, in read order, as compact JSON.
CREATE TABLE run_page (
    run_id VARCHAR(40) NOT NULL REFERENCES flow_run (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    success_count INTEGER NOT NULL,
    ignored_count INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    outcomes_json TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- At most one OPEN error per flow and record key: a later failure of the key updates it.
CREATE TABLE record_error (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    flow_id VARCHAR(40) NOT NULL REFERENCES flow (id) ON DELETE CASCADE,
    run_id VARCHAR(40) NOT NULL,
    tenant_id VARCHAR(40) NOT NULL,
    workspace_id VARCHAR(40) NOT NULL,
    record_key VARCHAR(400) NOT NULL,
    record_json TEXT NOT NULL,
    step VARCHAR(1000) NOT NULL,
    message VARCHAR(4000) NOT NULL,
    retryable BOOLEAN NOT NULL,
    attempts INTEGER NOT NULL,
    status VARCHAR(20) NOT NULL,
    resolved_by VARCHAR(200),
    resolved_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX record_error_flow_key_status ON record_error (flow_id, record_key, status);
CREATE INDEX record_error_flow_created ON record_error (flow_id, created_at, id);
CREATE INDEX record_error_tenant_created ON record_error (tenant_id, created_at, id);
CREATE INDEX record_error_workspace_created ON record_error (workspace_id, created_at, id);
CREATE INDEX record_error_run ON record_error (run_id, created_at, id);

-- Records received by a flow's webhook, persisted before the caller gets its 2xx; run_id stays null until a
-- run takes the event. seq orders events received at the same instant.
CREATE TABLE hook_event (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id VARCHAR(40) NOT NULL,
    flow_id VARCHAR(40) NOT NULL REFERENCES flow (id) ON DELETE CASCADE,
    received_at TIMESTAMP NOT NULL,
    record_count INTEGER NOT NULL,
    records_json TEXT NOT NULL,
    run_id VARCHAR(40),
    CONSTRAINT hook_event_id_unique UNIQUE (id)
);
CREATE INDEX hook_event_flow_pending ON hook_event (flow_id, run_id, seq);
CREATE INDEX hook_event_run ON hook_event (run_id, seq);
