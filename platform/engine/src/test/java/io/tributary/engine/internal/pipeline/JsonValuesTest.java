package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.MAPPER;
import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;

import io.tributary.api.connector.Record;

class JsonValuesTest {

    /** Every kind of JSON value, numbers of every Jackson type among them, nested. */
    static ObjectNode everyKind() {
        ObjectNode data = json("""
                {'int': 7, 'negative': -2147483648, 'long': 9007199254740993, 'huge': 123456789012345678901234567890,
                 'double': 0.1, 'exponent': 1.5e300, 'integralDouble': 5.0, 'text': 'Grüße, "quoted" \\n',
                 'yes': true, 'no': false, 'nothing': null, 'emptyObject': {}, 'emptyArray': [],
                 'nested': {'list': [1, null, {'deep': [[], [2.25, 'x']]}, false], 'n': null}}""");
        data.set("decimal", DecimalNode.valueOf(new BigDecimal("12.3400")));
        data.set("float", FloatNode.valueOf(1.25f));
        data.set("short", ShortNode.valueOf((short) 12));
        return data;
    }

    @Test
    void everyKindOfValueComesBackExactlyWithItsNumberTypes() {
        ObjectNode data = everyKind();
        Map<?, ?> read = (Map<?, ?>) JsonValues.toJava(data);

        JsonNode whole = JsonValues.toJson(read);
        JsonNode fieldByField = JsonValues.toJson(new LinkedHashMap<>(read));

        for (JsonNode back : List.of(whole, fieldByField)) {
            assertEquals(data, back);
            assertSameTypes(data, back);
        }
        assertNotSame(data, whole, "a copy, which changes to the source do not reach");
    }

    @Test
    void javaNumbersBecomeJsonNumbersOfTheSameType() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("int", 1);
        numbers.put("long", 1L << 40);
        numbers.put("double", 0.5);
        numbers.put("decimal", new BigDecimal("1.10"));
        numbers.put("big", BigInteger.TEN.pow(30));
        numbers.put("float", 0.25f);
        numbers.put("short", (short) 3);

        JsonNode json = JsonValues.toJson(numbers);

        assertEquals(List.of(IntNode.class, LongNode.class, DoubleNode.class, DecimalNode.class, BigIntegerNode.class,
                FloatNode.class, ShortNode.class), List.of(json.get("int").getClass(), json.get("long").getClass(),
                json.get("double").getClass(), json.get("decimal").getClass(), json.get("big").getClass(),
                json.get("float").getClass(), json.get("short").getClass()));
        assertEquals("{\"int\":1,\"long\":1099511627776,\"double\":0.5,\"decimal\":1.10,"
                + "\"big\":1000000000000000000000000000000,\"float\":0.25,\"short\":3}", json.toString());
    }

    @Test
    void expressionsReadObjectsAsTheyReadTheLibrarysOwnParsedJson() throws Exception {
        String text = "{'id': 7, 'name': 'Ann', 'tags': ['a', 'b'], 'address': {'city': 'Oslo', 'zip': null},"
                + " 'lines': [{'sku': 'x', 'qty': 2, 'price': 1.5}, {'sku': 'y', 'qty': 1, 'price': 0.25}], 'none': null}";
        Object native_ = Json.parseJson(json(text).toString());
        Object viewed = JsonValues.toJava(json(text));

        for (String expression : List.of("$", "$keys($)", "$string($)", "$merge([$, {'extra': true}])",
                "$each($, function($v, $k) { $k })", "*.city", "**.sku", "$sum(lines.(qty * price))",
                "lines[qty > 1].sku", "address.zip = null", "$exists(none)", "none", "$ = $", "address ~> | $ | {'city': 'Bergen'} |",
                "$sift($, function($v) { $type($v) = 'string' })", "$lookup(address, 'city')", "tags[1]",
                "lines{sku: qty}", "$count(lines)", "address.zip")) {
            Expression compiled = Expression.compile(expression);
            assertEquals(JsonValues.toJson(compiled.evaluate(native_)), JsonValues.toJson(compiled.evaluate(viewed)),
                    expression);
        }
    }

    @Test
    void valuesAMapPassesThroughComeOutExactly() {
        ObjectNode data = everyKind();
        StringBuilder fields = new StringBuilder();
        data.fieldNames().forEachRemaining(name -> fields.append(fields.length() == 0 ? "" : ", ")
                .append("'").append(name).append("': `").append(name).append("`"));

        for (String expression : List.of("$", "{" + fields + "}")) {
            Record written = pipeline(new MapStep("steps[0]:copy", jsonata(expression), null))
                    .route(List.of(new Record("k", data)), (lookup, config, limit) -> List.of(), Tracer.NONE)
                    .get(0).deliveries().get(0).record();
            assertEquals(data, written.data(), expression);
            assertSameTypes(data, written.data());
        }
    }

    @Test
    void jsonNullIsJsonataNullOrANullValueAndUndefinedIsLeftOut() {
        assertSame(Jsonata.NULL_VALUE, JsonValues.toJava(MAPPER.nullNode()));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("null", Jsonata.NULL_VALUE);
        object.put("parsedNull", null);
        object.put("regex", Pattern.compile("a+"));
        object.put("list", Arrays.asList(1, null, Jsonata.NULL_VALUE, Pattern.compile("b")));

        assertEquals(json("{'null': null, 'parsedNull': null, 'list': [1, null, null, null]}"),
                JsonValues.toJson(object));
        assertNull(JsonValues.toJson(null));
    }

    @Test
    void computedNumbersAreJsonNumbersOfTheirValue() throws Exception {
        Object result = Expression.compile("{'sum': a + b, 'ratio': a / b, 'big': 2 * 4000000000, 'id': $string(a)}")
                .evaluate(JsonValues.toJava(json("{'a': 3, 'b': 1.5}")));

        assertEquals(json("{'sum': 4.5, 'ratio': 2, 'big': 8000000000, 'id': '3'}"), JsonValues.toJson(result));
    }

    @Test
    void keysAreWrittenAsJsonataWritesStrings() {
        assertEquals("42", JsonValues.asKey(42));
        assertEquals("42", JsonValues.asKey(42.0));
        assertEquals("1.5", JsonValues.asKey(1.5));
        assertEquals("9007199254740993", JsonValues.asKey(9007199254740993L));
        assertEquals("true", JsonValues.asKey(true));
        assertEquals("a", JsonValues.asKey("a"));
        assertNull(JsonValues.asKey(Map.of()));
        assertNull(JsonValues.asKey(null));
    }

    @Test
    void largeIntegersKeepEveryDigit() {
        BigInteger huge = new BigInteger("123456789012345678901234567890");
        assertEquals(huge, JsonValues.toJava(everyKind().get("huge")));
        assertEquals(9007199254740993L, JsonValues.toJava(everyKind().get("long")));
    }

    private static void assertSameTypes(JsonNode expected, JsonNode actual) {
        assertEquals(expected.getClass(), actual.getClass(), expected.toString());
        if (expected.isContainerNode()) {
            Iterator<JsonNode> actualChildren = actual.elements();
            for (JsonNode child : expected) {
                assertSameTypes(child, actualChildren.next());
            }
        }
    }
}
