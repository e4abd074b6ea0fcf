CREATE TABLE invoice (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES customer_order (id)
);
