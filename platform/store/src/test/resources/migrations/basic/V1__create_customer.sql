-- V1, V2 and V10 depend on each other: running them out of numeric order fails.
CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
