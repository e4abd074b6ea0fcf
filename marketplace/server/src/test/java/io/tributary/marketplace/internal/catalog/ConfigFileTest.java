package io.tributary.marketplace.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The shipped etc/io.tributary.marketplace.cfg documents every setting with the default the components use. */
class ConfigFileTest {

    private static final Pattern COMMENTED_SETTING = Pattern.compile("^#(\\w+) = ?([^\\n]*)$", Pattern.MULTILINE);

    @Test
    void listsEverySettingWithItsDefault() throws IOException {
        Map<String, String> shown = new TreeMap<>();
        Matcher matcher = COMMENTED_SETTING.matcher(configFile());
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }

        Map<String, String> defaults = new TreeMap<>();
        for (Method attribute : CatalogConfig.class.getDeclaredMethods()) {
            defaults.put(attribute.getName(), String.valueOf(attribute.getDefaultValue()));
        }
        assertEquals(defaults, shown);
    }

    @Test
    void setsNothingUncommented() throws IOException {
        assertEquals(0, Arrays.stream(configFile().split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("#")).count());
    }

    private static String configFile() throws IOException {
        try (InputStream in = ConfigFileTest.class.getResourceAsStream("/io.tributary.marketplace.cfg")) {
            assertNotNull(in, "io.tributary.marketplace.cfg is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
