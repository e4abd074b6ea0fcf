CREATE INDEX customer_order_by_customer ON customer_order (customer_id);
