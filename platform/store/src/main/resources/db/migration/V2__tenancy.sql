-- Tenancy: tenants, users, workspaces, memberships, tokens, connections and the audit log.
-- Portable to Derby and PostgreSQL: no TEXT (Derby lacks it), JSON kept in VARCHAR(32672) (Derby's longest
-- VARCHAR; the tenancy service keeps what it writes below that), times in UTC as TIMESTAMP.
-- Column names avoid Derby's reserved words (ACTION, AT, KEY, USER, CONNECTION).

CREATE TABLE tenant (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT tenant_name_unique UNIQUE (name)
);

CREATE TABLE app_user (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(40) NOT NULL REFERENCES tenant (id),
    username VARCHAR(100) NOT NULL,
    email VARCHAR(320),
    password_hash VARCHAR(300) NOT NULL,
    tenant_role VARCHAR(10) NOT NULL,
    is_operator BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username)
);
CREATE INDEX app_user_tenant ON app_user (tenant_id);

CREATE TABLE workspace (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(40) NOT NULL REFERENCES tenant (id),
    name VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    sandbox BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT workspace_name_unique UNIQUE (tenant_id, name)
);

CREATE TABLE membership (
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id VARCHAR(40) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    workspace_role VARCHAR(10) NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX membership_user ON membership (user_id);

-- Bearer secrets are never stored: token_hash is the lower-case hex SHA-256 of the whole token.
CREATE TABLE session_token (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id VARCHAR(40) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked BOOLEAN NOT NULL,
    CONSTRAINT session_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX session_token_user ON session_token (user_id);
CREATE INDEX session_token_expiry ON session_token (expires_at);

CREATE TABLE api_token (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id VARCHAR(40) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked BOOLEAN NOT NULL,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_user ON api_token (user_id);

-- Secret fields inside config_json are encrypted envelopes (enc:v1:<key id>:<base64>), never plaintext.
CREATE TABLE workspace_connection (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    connector_id VARCHAR(200) NOT NULL,
    connector_version VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    config_json VARCHAR(32672) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT workspace_connection_name_unique UNIQUE (workspace_id, name)
);

-- No foreign keys: the log outlives the users, workspaces and tenants it mentions. seq orders equal times.
CREATE TABLE audit_event (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor_id VARCHAR(100) NOT NULL,
    actor_name VARCHAR(200) NOT NULL,
    tenant_id VARCHAR(40) NOT NULL,
    workspace_id VARCHAR(40),
    audit_action VARCHAR(100) NOT NULL,
    target VARCHAR(300) NOT NULL,
    before_json VARCHAR(32672),
    after_json VARCHAR(32672),
    CONSTRAINT audit_event_id_unique UNIQUE (id)
);
CREATE INDEX audit_event_tenant_time ON audit_event (tenant_id, occurred_at);
CREATE INDEX audit_event_workspace_time ON audit_event (workspace_id, occurred_at);
