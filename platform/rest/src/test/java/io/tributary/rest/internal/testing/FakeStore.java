package io.tributary.rest.internal.testing;

import javax.sql.DataSource;

import io.tributary.api.store.Store;

/** A store whose availability a test switches. */
public final class FakeStore implements Store {

    private volatile boolean available = true;

    public void setAvailable(boolean available) {
        this.available = available;
    }

    @Override
    public String kind() {
        return "derby";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public DataSource dataSource() {
        throw new UnsupportedOperationException("not needed by the REST tests");
    }

    @Override
    public boolean isAvailable(int timeoutSeconds) {
        return available;
    }
}
