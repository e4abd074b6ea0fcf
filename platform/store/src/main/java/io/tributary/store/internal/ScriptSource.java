package io.tributary.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.List;

/**
 * Lists migration scripts; knows nothing about their names, order or content. The common scripts sit in the
 * root folder, a dialect's overrides in a sub-folder named after the database kind.
 */
public interface ScriptSource {

    /** The folder holding the common scripts. */
    String COMMON = "";

    /** The {@code .sql} files directly inside {@code folder}, in any order; empty if the folder does not exist. */
    List<URL> list(String folder) throws IOException;
}
