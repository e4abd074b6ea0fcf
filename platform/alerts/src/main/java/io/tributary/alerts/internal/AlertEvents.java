package io.tributary.alerts.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.osgi.service.event.Event;

import io.tributary.api.flow.FlowEvents;

/**
 * Reads the engine's {@link FlowEvents} into alerts, taking only the properties the contract names: whatever else an
 * event carries never reaches a database row or a mail. Values are cut to what the alert tables hold.
 */
final class AlertEvents {

    static final int MAX_SAMPLES = 20;
    static final int MAX_SAMPLE_LENGTH = 500;
    static final int MAX_SUBSCRIBERS = 100;
    static final int MAX_ID_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_ADDRESS_LENGTH = 320;

    private final System.Logger log;

    AlertEvents(System.Logger log) {
        this.log = log;
    }

    /** The alert of an event with subscribers; empty for other topics, no subscribers or no flow id. */
    Optional<FlowAlert> read(Event event) {
        Optional<AlertKind> kind = AlertKind.ofTopic(event.getTopic());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String flowId = text(event.getProperty(FlowEvents.FLOW_ID));
        if (flowId.isEmpty() || flowId.length() > MAX_ID_LENGTH) {
            log.log(Level.WARNING, "Ignoring a {0} event without a usable flow id", event.getTopic());
            return Optional.empty();
        }
        List<String> subscribers = subscribers(flowId, strings(event.getProperty(FlowEvents.SUBSCRIBERS)));
        if (subscribers.isEmpty()) {
            return Optional.empty();
        }
        List<String> samples = strings(event.getProperty(FlowEvents.SAMPLES)).stream()
                .map(sample -> shorten(singleLine(sample), MAX_SAMPLE_LENGTH))
                .filter(sample -> !sample.isEmpty())
                .limit(MAX_SAMPLES)
                .toList();
        int count = event.getProperty(FlowEvents.COUNT) instanceof Number number ? number.intValue() : samples.size();
        if (count <= 0) {
            return Optional.empty();
        }
        String flowName = shorten(singleLine(text(event.getProperty(FlowEvents.FLOW_NAME))), MAX_NAME_LENGTH);
        String runId = shorten(text(event.getProperty(FlowEvents.RUN_ID)), MAX_ID_LENGTH);
        return Optional.of(new FlowAlert(flowId, flowName.isEmpty() ? flowId : flowName, kind.get(),
                runId.isEmpty() ? null : runId, count, samples, subscribers));
    }

    /** Plain addresses, each once (ignoring case), at most {@value #MAX_SUBSCRIBERS}. */
    private List<String> subscribers(String flowId, List<String> candidates) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        int invalid = 0;
        for (String candidate : candidates) {
            Optional<String> address = address(candidate);
            if (address.isPresent()) {
                byLowerCase.putIfAbsent(address.get().toLowerCase(Locale.ROOT), address.get());
            } else {
                invalid++;
            }
        }
        if (invalid > 0) {
            log.log(Level.WARNING, "Flow {0}: ignoring {1} subscriber(s) that are not e-mail addresses", flowId,
                    invalid);
        }
        if (byLowerCase.size() > MAX_SUBSCRIBERS) {
            log.log(Level.WARNING, "Flow {0}: alerting only the first {1} of {2} subscribers", flowId,
                    MAX_SUBSCRIBERS, byLowerCase.size());
        }
        return byLowerCase.values().stream().limit(MAX_SUBSCRIBERS).toList();
    }

    private static Optional<String> address(String candidate) {
        String trimmed = candidate.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ADDRESS_LENGTH) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(trimmed, true);
            address.validate();
            return Optional.of(address.getAddress());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof String[] array) {
            strings.addAll(Arrays.asList(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> strings.add(element instanceof String text ? text : null));
        }
        strings.removeIf(Objects::isNull);
        return strings;
    }

    private static String text(Object value) {
        return value instanceof String text ? text.strip() : "";
    }

    /** Line breaks and other control characters would break the one-line-per-entry columns and mail headers. */
    private static String singleLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
