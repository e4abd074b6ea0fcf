package io.tributary.rest.internal.flow;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.Flow;
import io.tributary.rest.internal.ApiApplication;
import io.tributary.rest.internal.hook.HookServlet;

/**
 * A flow as the API shows it: the read-only fields, then the fields of its definition as the engine accepted it
 * (trigger, source, steps, destinations, settings, alerts, description, defaults filled in). What a GET returns
 * can be sent back with PUT, or to {@code POST /flows} to copy the flow into another workspace.
 *
 * @param hookUrl    for a webhook flow, the absolute URL its events are posted to; absent otherwise
 * @param definition the definition's fields but name and enabled, written at the top level of the JSON
 */
@Schema(name = "Flow", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "A flow: its read-only fields and, at the same level, the fields of its definition (trigger, "
                + "source, steps, destinations, settings, alerts, description) as in flow.schema.json")
public record FlowView(String id, String workspaceId, String name, boolean enabled,
                       @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Schema(description = "For webhook flows: where to POST events, no token needed")
                       String hookUrl,
                       Instant createdAt, Instant updatedAt,
                       @JsonAnyGetter @Schema(hidden = true) Map<String, JsonNode> definition) {

    /** Fields of the definition the view writes from the flow itself. */
    private static final Set<String> OWN_FIELDS = Set.of("name", "enabled");

    /** @param request where the flow was asked for: a webhook URL is on the same host and port */
    static FlowView of(Flow flow, UriInfo request) {
        Map<String, JsonNode> definition = new LinkedHashMap<>();
        flow.definition().properties().forEach(field -> {
            if (!OWN_FIELDS.contains(field.getKey())) {
                definition.put(field.getKey(), field.getValue());
            }
        });
        String hookUrl = flow.hookKey() == null ? null : hookUrl(request.getBaseUri(), flow.hookKey()).toString();
        return new FlowView(flow.id(), flow.workspaceId(), flow.name(), flow.enabled(), hookUrl, flow.createdAt(),
                flow.updatedAt(), definition);
    }

    /** {@code <root>/hooks/<key>}: the hooks servlet sits next to the API, not under it. */
    private static URI hookUrl(URI apiBase, String key) {
        String path = apiBase.getPath();
        String apiSuffix = ApiApplication.BASE_PATH + "/";
        String root = path.endsWith(apiSuffix) ? path.substring(0, path.length() - apiSuffix.length()) : "";
        return UriBuilder.fromUri(apiBase).replacePath(root).path(HookServlet.PATH + "/{key}").build(key);
    }
}
