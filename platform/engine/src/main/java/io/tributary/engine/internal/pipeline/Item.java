package io.tributary.engine.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;

/**
 * A record on its way through the steps: its key, and its data as a Jackson tree, as JSONata values, or both. Each
 * form is made from the other only when a step needs it, so that a map followed by a filter converts once. Never
 * changed: a step that changes a record makes a new item.
 */
final class Item {

    /** The position of the source record in its page. */
    final int origin;
    final String key;
    private ObjectNode data;
    private Object value;
    private Record record;

    private Item(int origin, String key, ObjectNode data, Object value, Record record) {
        this.origin = origin;
        this.key = key;
        this.data = data;
        this.value = value;
        this.record = record;
    }

    static Item of(int origin, Record source) {
        return new Item(origin, source.key(), source.data(), null, source);
    }

    /** An item whose data is a JSONata object, as a map step made it. */
    static Item ofValue(int origin, String key, Object value) {
        return new Item(origin, key, null, value, null);
    }

    /** The data as JSONata values (maps, lists, boxed numbers). */
    Object value() {
        if (value == null) {
            value = JsonValues.toJava(data);
        }
        return value;
    }

    ObjectNode data() {
        if (data == null) {
            data = (ObjectNode) JsonValues.toJson(value);
        }
        return data;
    }

    Record record() {
        if (record == null) {
            record = new Record(key, data());
        }
        return record;
    }

    /** This item with one more field; the other fields are shared with this item's data, which stays as it is. */
    Item with(String field, JsonNode fieldValue) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.setAll(data());
        copy.set(field, fieldValue);
        return new Item(origin, key, copy, null, null);
    }
}
