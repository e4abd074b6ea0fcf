-- Marketplace: the repository's catalog (publishers, listings, versions), this runtime's trusted publishers and
-- installs, and prebuilt integrations installed into tenants. Portable to Derby and PostgreSQL, as V2: texts stay
-- below Derby's longest VARCHAR (the services refuse longer ones). Artifacts live on disk, named by SHA-256.

CREATE TABLE marketplace_publisher (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    algorithm VARCHAR(20) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    public_key VARCHAR(4000) NOT NULL,
    owner_user_id VARCHAR(40) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT marketplace_publisher_name UNIQUE (name),
    CONSTRAINT marketplace_publisher_key UNIQUE (fingerprint)
);

-- search_text is the lower-cased name, summary and description the catalog search matches words in; the other
-- columns describe the newest version. latest_version is the highest version not yanked, null when all are.
CREATE TABLE marketplace_listing (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    name VARCHAR(120) NOT NULL,
    summary VARCHAR(200) NOT NULL,
    description VARCHAR(20000) NOT NULL,
    icon VARCHAR(24000),
    search_text VARCHAR(20400) NOT NULL,
    publisher_id VARCHAR(40) NOT NULL REFERENCES marketplace_publisher (id),
    latest_version VARCHAR(40),
    installs BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX marketplace_listing_kind ON marketplace_listing (kind);

CREATE TABLE marketplace_listing_category (
    listing_id VARCHAR(64) NOT NULL REFERENCES marketplace_listing (id) ON DELETE CASCADE,
    category VARCHAR(40) NOT NULL,
    PRIMARY KEY (listing_id, category)
);
CREATE INDEX marketplace_category ON marketplace_listing_category (category);

-- major, minor and patch order versions numerically. dependencies is a JSON array of {listingId, range}.
CREATE TABLE marketplace_version (
    listing_id VARCHAR(64) NOT NULL REFERENCES marketplace_listing (id) ON DELETE CASCADE,
    version VARCHAR(40) NOT NULL,
    major INTEGER NOT NULL,
    minor INTEGER NOT NULL,
    patch INTEGER NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    signature VARCHAR(2000) NOT NULL,
    publisher_id VARCHAR(40) NOT NULL REFERENCES marketplace_publisher (id),
    platform_range VARCHAR(2000) NOT NULL,
    dependencies VARCHAR(4000) NOT NULL,
    changelog VARCHAR(20000) NOT NULL,
    published_at TIMESTAMP NOT NULL,
    installs BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    status_reason VARCHAR(500),
    PRIMARY KEY (listing_id, version)
);

-- The runtime side: publishers an operator trusts, with the key pinned then.
CREATE TABLE marketplace_trusted_publisher (
    publisher_id VARCHAR(40) NOT NULL PRIMARY KEY,
    marketplace VARCHAR(100) NOT NULL,
    name VARCHAR(120) NOT NULL,
    algorithm VARCHAR(20) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    public_key VARCHAR(4000) NOT NULL,
    trusted_by VARCHAR(200) NOT NULL,
    trusted_at TIMESTAMP NOT NULL
);

-- What this runtime installed from marketplaces: one version per listing, with the features repository and
-- feature that Karaf installed it as.
CREATE TABLE marketplace_installed (
    listing_id VARCHAR(64) NOT NULL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    version VARCHAR(40) NOT NULL,
    marketplace VARCHAR(100) NOT NULL,
    publisher_id VARCHAR(40) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    features_repository VARCHAR(1000) NOT NULL,
    feature_name VARCHAR(200) NOT NULL,
    installed_by VARCHAR(200) NOT NULL,
    installed_at TIMESTAMP NOT NULL
);

-- Prebuilt integrations installed into tenants. slots is a JSON object: slot name to {connectionId, shell}, shell
-- true while the connection is the empty one made for the slot. Each flow keeps the definition its template
-- rendered (base_json), so that upgrades and new settings keep what the user changed since.
CREATE TABLE integration (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(40) NOT NULL,
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    listing_id VARCHAR(64) NOT NULL,
    version VARCHAR(40) NOT NULL,
    name VARCHAR(120) NOT NULL,
    settings_json VARCHAR(32672) NOT NULL,
    slots_json VARCHAR(32672) NOT NULL,
    installed_by VARCHAR(200) NOT NULL,
    installed_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX integration_tenant ON integration (tenant_id);

CREATE TABLE integration_flow (
    integration_id VARCHAR(40) NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    template_key VARCHAR(40) NOT NULL,
    flow_id VARCHAR(40) NOT NULL,
    base_json VARCHAR(32672) NOT NULL,
    PRIMARY KEY (integration_id, template_key)
);
