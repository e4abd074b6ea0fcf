package io.tributary.api.connector;

/** How a destination writes a record. */
public enum WriteMode {
    /** Create the record; an existing key is an error. */
    INSERT,
    /** Change the record with this key; a missing key is reported as ignored. */
    UPDATE,
    /** Create the record, or change it if its key exists. */
    UPSERT
}
