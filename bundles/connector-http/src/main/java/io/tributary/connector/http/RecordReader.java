package io.tributary.connector.http;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;

/**
 * Finds the records in a JSON document: the array at {@code recordsPointer} (or the document itself), each element
 * an object keyed by {@code keyField}. For webhooks a single object is one record and a record without a key is
 * keyed by the SHA-256 of its content, so the same payload always gets the same key.
 */
final class RecordReader {

    /** Sorted properties make the hash independent of the order in which a sender wrote the fields. */
    private static final ObjectWriter CANONICAL = Json.MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    private final JsonPointer recordsPointer;
    private final String keyField;
    private final boolean lenient;

    private RecordReader(JsonPointer recordsPointer, String keyField, boolean lenient) {
        this.recordsPointer = recordsPointer;
        this.keyField = keyField;
        this.lenient = lenient;
    }

    static RecordReader forSource(JsonPointer recordsPointer, String keyField) {
        return new RecordReader(recordsPointer, keyField, false);
    }

    static RecordReader forWebhook(JsonPointer recordsPointer, String keyField) {
        return new RecordReader(recordsPointer, keyField, true);
    }

    /** The records of a document; none when the document is empty. */
    List<Record> read(JsonNode document) throws ConnectorException {
        if (document.isNull() || document.isMissingNode()) {
            return List.of();
        }
        JsonNode selected = document.at(recordsPointer);
        if (lenient && selected.isObject()) {
            return List.of(record((ObjectNode) selected, 0));
        }
        if (!selected.isArray()) {
            throw new ConnectorException("expected an array of records at recordsPointer '" + recordsPointer
                    + "', found " + (selected.isMissingNode() ? "nothing" : selected.getNodeType()), false);
        }
        List<Record> records = new ArrayList<>(selected.size());
        for (JsonNode element : selected) {
            if (!element.isObject()) {
                throw new ConnectorException("record " + records.size() + " is not a JSON object", false);
            }
            records.add(record((ObjectNode) element, records.size()));
        }
        return records;
    }

    private Record record(ObjectNode data, int index) throws ConnectorException {
        JsonNode key = keyField == null ? Json.MAPPER.missingNode() : Json.field(data, keyField);
        if (key.isValueNode() && !key.isNull()) {
            return new Record(key.asText(), data);
        }
        if (lenient) {
            return new Record(sha256(data), data);
        }
        throw new ConnectorException("record " + index + " has no value in keyField '" + keyField + "'", false);
    }

    private static String sha256(ObjectNode data) throws ConnectorException {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(data);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } catch (IOException e) {
            throw new ConnectorException("cannot hash a record: " + e.getMessage(), false, e);
        }
    }
}
