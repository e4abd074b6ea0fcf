package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = Json.parse(" {\"s\":\"a\\\"b\\\\c\\n\\u00e9\\/\", \"n\":-1.5e2, \"i\":0,"
                + " \"t\":true, \"f\":false,"
                + " \"z\":null, \"a\":[1,{\"x\":[]},{}]} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"b\\c\né/");
        expected.put("n", new BigDecimal("-1.5e2"));
        expected.put("i", BigDecimal.ZERO);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("a", List.of(BigDecimal.ONE, Map.of("x", List.of()), Map.of()));
        assertEquals(expected, value);
    }

    @Test
    void writesStringsThatReadBackTheSame() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Acme \"C\" \\ \t\u0001 ü");
        fields.put("publicKey", "-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n");

        String json = Json.object(fields);

        assertEquals(fields, Json.parseObject(json));
        assertEquals("{\"a\":\"\\u0001\"}", Json.object(Map.of("a", "\u0001")));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String text : Arrays.asList("", "{", "{\"a\":1,}", "[1 2]", "01", "\"\\x\"", "{} x", "tru", "\"a\nb\"")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
        }
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[]"));
    }
}
