package io.tributary.store.internal;

class DerbyMigrationRunnerTest extends MigrationRunnerContract {

    @Override
    TestDatabase openDatabase() throws Exception {
        return DerbyTestDatabase.create();
    }
}
