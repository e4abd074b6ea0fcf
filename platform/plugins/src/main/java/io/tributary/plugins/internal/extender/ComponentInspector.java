package io.tributary.plugins.internal.extender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import io.tributary.api.connector.Connector;
import io.tributary.plugins.internal.registry.ComponentReport;
import io.tributary.plugins.internal.registry.ComponentReport.Presence;

/** Asks Declarative Services (through its runtime DTOs) how a bundle's Connector components are doing. */
final class ComponentInspector {

    private static final String CONNECTOR = Connector.class.getName();

    private final ServiceComponentRuntime scr;

    ComponentInspector(ServiceComponentRuntime scr) {
        this.scr = scr;
    }

    ComponentReport inspect(Bundle bundle) {
        Dictionary<String, String> headers = bundle.getHeaders("");
        if (headers.get(ComponentConstants.SERVICE_COMPONENT) == null
                && headers.get(Constants.BUNDLE_ACTIVATOR) == null) {
            return ComponentReport.of(Presence.NONE_DECLARED);
        }
        // SCR reads a bundle's components only once it starts
        Collection<ComponentDescriptionDTO> descriptions = (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0
                ? scr.getComponentDescriptionDTOs(bundle) : List.of();
        if (descriptions.isEmpty()) {
            return ComponentReport.of(Presence.UNKNOWN);
        }
        List<ComponentDescriptionDTO> connectors = descriptions.stream()
                .filter(description -> Arrays.asList(description.serviceInterfaces).contains(CONNECTOR))
                .toList();
        if (connectors.isEmpty()) {
            return ComponentReport.of(Presence.NO_CONNECTOR);
        }
        List<String> failures = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (ComponentDescriptionDTO description : connectors) {
            describe(description, failures, waiting);
        }
        return new ComponentReport(Presence.CONNECTOR, failures, waiting);
    }

    private void describe(ComponentDescriptionDTO description, List<String> failures, List<String> waiting) {
        if (!scr.isComponentEnabled(description)) {
            waiting.add("component " + description.name + " is disabled");
            return;
        }
        Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty()) {
            waiting.add("component " + description.name + " waits for its configuration");
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.FAILED_ACTIVATION ->
                        failures.add(description.name + ": " + firstLines(configuration.failure));
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
                        waiting.add("component " + description.name + " waits for its configuration");
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE ->
                        waiting.add("component " + description.name + " waits for " + references(configuration));
                default -> {
                    // satisfied or active: its service shows up through the service tracker
                }
            }
        }
    }

    /** SCR's failure is a whole stack trace; users get its first line and the root cause's, never the frames. */
    static String firstLines(String failure) {
        if (failure == null || failure.isBlank()) {
            return "no reason given";
        }
        String[] lines = failure.strip().split("\\R");
        String summary = lines[0].strip();
        for (int i = lines.length - 1; i > 0; i--) {
            if (lines[i].strip().startsWith("Caused by:")) {
                return summary + " (" + lines[i].strip() + ")";
            }
        }
        return summary;
    }

    private static String references(ComponentConfigurationDTO configuration) {
        List<String> names = new ArrayList<>();
        for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
            names.add("reference " + reference.name + (reference.target == null ? "" : " " + reference.target));
        }
        return String.join(", ", names);
    }
}
