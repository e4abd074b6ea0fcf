package io.tributary.rest.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.ApiApplication;

/**
 * A JSON merge patch (RFC 7396) of a record whose fields cannot be removed: a field left out stays as it is,
 * a field given changes, and a field set to {@code null} (which would remove it) is a 422.
 */
public final class MergePatch {

    /** The media type of RFC 7396; plain {@code application/json} is accepted too. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private static final ObjectMapper JSON = ApiApplication.objectMapper();

    private MergePatch() {
    }

    /**
     * The patch as a record of the changes, null where nothing changes.
     *
     * @throws ProblemException 422 naming every field set to null
     * @throws JsonProcessingException for unknown fields or wrong types, answered as 400 naming the field
     */
    public static <T extends Record> T read(ObjectNode patch, Class<T> changes) throws JsonProcessingException {
        List<FieldError> removed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                removed.add(new FieldError(field.getKey(), "cannot be removed; leave it out to keep it"));
            }
        }
        if (!removed.isEmpty()) {
            throw new ProblemException(Problem.invalid("The patch sets fields to null.", removed));
        }
        return JSON.treeToValue(patch, changes);
    }
}
