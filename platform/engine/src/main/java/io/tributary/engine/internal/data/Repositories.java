package io.tributary.engine.internal.data;

import io.tributary.store.jdbc.Database;

/** The engine's tables on one database. */
public record Repositories(Database database, FlowRepository flows, RunRepository runs, PageRepository pages,
                           ErrorRepository errors, HookEventRepository hooks) {

    public static Repositories on(Database database) {
        return new Repositories(database, new FlowRepository(database), new RunRepository(database),
                new PageRepository(database), new ErrorRepository(database), new HookEventRepository(database));
    }
}
