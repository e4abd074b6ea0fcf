-- Numbered below the already applied V10: must be refused, not slipped in.
CREATE TABLE note (id INTEGER PRIMARY KEY);
