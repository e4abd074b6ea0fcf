CREATE TABLE greeting (origin VARCHAR(20) NOT NULL);
INSERT INTO greeting (origin) VALUES ('common');
