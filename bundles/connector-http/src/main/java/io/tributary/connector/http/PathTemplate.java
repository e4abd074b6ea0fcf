package io.tributary.connector.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;

/**
 * A destination path such as {@code /customers/{key}} or {@code /accounts/{accountId}/contacts/{key}}: {@code {key}}
 * is the record's key, any other placeholder a field of the record; each value is percent-encoded as one segment.
 */
final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final String template;

    PathTemplate(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }

    boolean hasPlaceholders() {
        return PLACEHOLDER.matcher(template).find();
    }

    String expand(Record record) throws ConnectorException {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            String value = valueOf(placeholder.group(1), record);
            placeholder.appendReplacement(path, Matcher.quoteReplacement(Urls.encode(value)));
        }
        placeholder.appendTail(path);
        return path.toString();
    }

    private static String valueOf(String name, Record record) throws ConnectorException {
        if (name.equals("key")) {
            return record.key();
        }
        JsonNode value = Json.field(record.data(), name);
        if (!value.isValueNode() || value.isNull()) {
            throw new ConnectorException("the path needs the field '" + name + "', which the record lacks", false);
        }
        return value.asText();
    }

    @Override
    public String toString() {
        return template;
    }
}
