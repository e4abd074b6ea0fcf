CREATE TABLE broken_part (id INTEGER NOT NULL);
INSERT INTO broken_part (id) VALUES (1);
-- statement 3 fails: the table and row above must be rolled back with it
INSERT INTO no_such_table (id) VALUES (1);
