package io.tributary.integrations.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The templates of a version rendered with settings: what flows are made of and merged with. */
final class Renderings {

    private Renderings() {
    }

    /**
     * @return template key to its rendering, slots still placeholders and without {@code enabled}: whether a flow
     *         runs is for its users to decide, never a template's
     */
    static Map<String, ObjectNode> of(Descriptor descriptor, ObjectNode settings) {
        Placeholders placeholders = Placeholders.settings(settings);
        Map<String, ObjectNode> renderings = new LinkedHashMap<>();
        descriptor.flows().forEach((key, template) -> {
            ObjectNode rendering = placeholders.render(template);
            rendering.remove("enabled");
            IntegrationRepository.requireFits("flows." + key, rendering);
            renderings.put(key, rendering);
        });
        return renderings;
    }
}
