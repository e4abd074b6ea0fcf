-- Differs from basic/V2 (an extra column): applied databases must refuse it.
CREATE TABLE customer_order (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    placed_at TIMESTAMP
);
