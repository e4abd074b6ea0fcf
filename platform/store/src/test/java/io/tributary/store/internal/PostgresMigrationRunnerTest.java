package io.tributary.store.internal;

class PostgresMigrationRunnerTest extends MigrationRunnerContract {

    @Override
    TestDatabase openDatabase() {
        return PostgresTestDatabase.create();
    }
}
