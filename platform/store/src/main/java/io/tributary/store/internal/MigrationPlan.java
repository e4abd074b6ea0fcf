package io.tributary.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Decides which scripts a database kind runs, in which order: common ones, each replaceable by a dialect's. */
final class MigrationPlan {

    private MigrationPlan() {
    }

    /** The effective scripts for {@code kind}, ordered by version number. */
    static List<MigrationScript> scriptsFor(ScriptSource source, DatabaseKind kind) {
        SortedMap<Integer, MigrationScript> scripts = readFolder(source, ScriptSource.COMMON);
        for (MigrationScript override : readFolder(source, kind.id()).values()) {
            // an override without a common script would give the dialects different version histories
            if (!scripts.containsKey(override.version())) {
                throw new MigrationException("Dialect script " + override.label()
                        + " has no common script of version " + override.version() + " to replace");
            }
            scripts.put(override.version(), override);
        }
        return List.copyOf(scripts.values());
    }

    private static SortedMap<Integer, MigrationScript> readFolder(ScriptSource source, String folder) {
        SortedMap<Integer, MigrationScript> byVersion = new TreeMap<>();
        for (URL url : list(source, folder)) {
            MigrationScript script = MigrationScript.read(url, folder);
            MigrationScript clash = byVersion.putIfAbsent(script.version(), script);
            if (clash != null) {
                throw new MigrationException("Migration scripts " + clash.label() + " and " + script.label()
                        + " share version " + script.version());
            }
        }
        return byVersion;
    }

    private static List<URL> list(ScriptSource source, String folder) {
        try {
            return source.list(folder);
        } catch (IOException e) {
            throw new MigrationException("Cannot list the migration scripts in '" + folder + "': " + e.getMessage(), e);
        }
    }
}
