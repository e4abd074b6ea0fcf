package io.tributary.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The console's modules as a browser sees them, checked without one: every import resolves to a file of the
 * console or to the import map, every route's screen exists, and no template needs what the CSP forbids.
 */
class ModulesTest {

    private static final Path APP = Path.of("src/main/resources/console/app");
    private static final Pattern IMPORT = Pattern.compile("(?:import|export)\\s[^'\";]*?from\\s+'([^']+)'|import\\('([^']+)'\\)");

    @Test
    void everyImportResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        String importMap = Libraries.load().importMap();
        for (Path module : modules()) {
            Matcher imports = IMPORT.matcher(Files.readString(module));
            while (imports.find()) {
                String target = imports.group(1) != null ? imports.group(1) : imports.group(2);
                boolean resolves = target.startsWith(".")
                        ? Files.isRegularFile(module.getParent().resolve(target).normalize())
                        : importMap.contains("\"" + target + "\"") || bareWithFolder(importMap, target);
                if (!resolves) {
                    broken.add(APP.relativize(module) + " imports " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theLibrariesTheModulesImportAreEmbedded() {
        ClassLoader loader = getClass().getClassLoader();
        for (String file : List.of("lit-html/%s/lit-html.js", "lit-html/%s/directives/live.js")) {
            assertTrue(loader.getResource("META-INF/resources/webjars/" + file.formatted(Libraries.load().litHtml())) != null, file);
        }
    }

    @Test
    void noTemplateUsesInlineStylesOrHandlers() throws IOException {
        List<String> offending = new ArrayList<>();
        Pattern forbidden = Pattern.compile("\\sstyle=|\\son[a-z]+=|innerHTML|unsafeHTML|eval\\(|new Function");
        for (Path module : modules()) {
            Matcher found = forbidden.matcher(Files.readString(module));
            while (found.find()) {
                offending.add(APP.relativize(module) + ": " + found.group().trim());
            }
        }
        assertEquals(List.of(), offending, "the console's CSP forbids these");
    }

    private static boolean bareWithFolder(String importMap, String target) {
        int slash = target.indexOf('/');
        return slash > 0 && importMap.contains("\"" + target.substring(0, slash + 1) + "\"");
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            return files.filter(file -> file.toString().endsWith(".js")).toList();
        }
    }
}
