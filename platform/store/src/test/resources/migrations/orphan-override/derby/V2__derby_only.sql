CREATE TABLE derby_only (id INTEGER);
