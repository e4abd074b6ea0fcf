package io.tributary.engine.internal.pipeline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Converts between Jackson trees and the Maps, Lists and boxed values JSONata evaluates. Numbers keep their Java
 * type both ways, so a value that an expression passes through comes back exactly as it went in. JSON null is
 * JSONata's {@link Jsonata#NULL_VALUE}, or a null value of a map key that is present (as the library's own JSON
 * parser makes it); a Java null on its own is JSONata's "undefined".
 *
 * <p>Objects become read-only views whose fields are converted when an expression reads them: a map step that picks
 * five fields of a wide row converts five fields. A view that an expression passes through whole becomes a copy of
 * the object it shows.
 */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    public static Object toJava(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return new ObjectView((ObjectNode) node);
            case ARRAY:
                // a copy, not a view: the library adds to lists it is given in places
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    list.add(toJava(element));
                }
                return list;
            case STRING:
                return node.textValue();
            case NUMBER:
                return node.numberValue();
            case BOOLEAN:
                return node.booleanValue() ? Boolean.TRUE : Boolean.FALSE;
            case NULL:
                return Jsonata.NULL_VALUE;
            case MISSING:
                return null;
            default: // binary and POJO nodes do not come from parsed JSON; their text is the closest JSON value
                return node.asText();
        }
    }

    /**
     * The JSON form of a JSONata value; null for "undefined" and for what JSON cannot hold (functions, regexes), which
     * objects then leave out and arrays hold as null.
     */
    public static JsonNode toJson(Object value) {
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof ObjectView view) {
            return view.node.deepCopy();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                JsonNode json = field.getValue() == null ? NullNode.getInstance() : toJson(field.getValue());
                if (json != null) {
                    object.set(String.valueOf(field.getKey()), json);
                }
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                JsonNode json = toJson(element);
                array.add(json != null ? json : NullNode.getInstance());
            }
            return array;
        }
        if (value instanceof Number number) {
            return numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        }
        if (value == Jsonata.NULL_VALUE) {
            return NullNode.getInstance();
        }
        if (value instanceof Character character) {
            return TextNode.valueOf(character.toString());
        }
        return null;
    }

    /** A record key made of a JSONata value, as {@code $string} writes it; null when the value cannot be a key. */
    public static String asKey(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Functions.string(value, false);
        }
        return null;
    }

    private static JsonNode numberNode(Number number) {
        if (number instanceof Integer i) {
            return IntNode.valueOf(i);
        }
        if (number instanceof Long l) {
            return LongNode.valueOf(l);
        }
        if (number instanceof Double d) {
            return DoubleNode.valueOf(d);
        }
        if (number instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        }
        if (number instanceof BigInteger big) {
            return BigIntegerNode.valueOf(big);
        }
        if (number instanceof Float f) {
            return FloatNode.valueOf(f);
        }
        if (number instanceof Short s) {
            return ShortNode.valueOf(s);
        }
        if (number instanceof Byte b) {
            return IntNode.valueOf(b);
        }
        return DoubleNode.valueOf(number.doubleValue());
    }

    /** A Jackson object as JSONata reads it; read-only, like every input of an expression. */
    private static final class ObjectView extends AbstractMap<String, Object> {

        final ObjectNode node;

        ObjectView(ObjectNode node) {
            this.node = node;
        }

        @Override
        public Object get(Object key) {
            JsonNode value = key instanceof String name ? node.get(name) : null;
            return value == null ? null : toJava(value);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && node.has(name);
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return fields.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            Map.Entry<String, JsonNode> field = fields.next();
                            return new SimpleImmutableEntry<>(field.getKey(), toJava(field.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node.size();
                }
            };
        }
    }
}
