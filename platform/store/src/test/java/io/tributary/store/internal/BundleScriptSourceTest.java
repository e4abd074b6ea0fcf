package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class BundleScriptSourceTest {

    private final List<String> searchedPaths = new ArrayList<>();

    /** A Bundle that answers only findEntries, with {@code entries} for any path (null meaning none). */
    private Bundle bundleWith(List<URL> entries) {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("findEntries")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    searchedPaths.add(args[0] + " " + args[1] + " recurse=" + args[2]);
                    return entries == null ? null : Collections.enumeration(entries);
                });
    }

    @Test
    void searchesRootForCommonScriptsAndSubFolderForDialect() throws Exception {
        URL script = new URL("file:/scripts/V1__a.sql");
        BundleScriptSource source = new BundleScriptSource(bundleWith(List.of(script)), "db/migration");

        assertEquals(List.of(script), source.list(ScriptSource.COMMON));
        source.list("derby");

        assertEquals(List.of("db/migration *.sql recurse=false", "db/migration/derby *.sql recurse=false"),
                searchedPaths);
    }

    @Test
    void listsNothingWhenBundleHasNoSuchFolder() {
        BundleScriptSource source = new BundleScriptSource(bundleWith(null), "db/migration");

        assertEquals(List.of(), source.list("postgresql"));
    }
}
