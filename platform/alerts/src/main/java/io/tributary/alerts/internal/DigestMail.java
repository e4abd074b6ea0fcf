package io.tributary.alerts.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a digest as a plain-text mail. It names the flow, runs and counts and quotes the engine's sample lines;
 * nothing else about the records goes out.
 */
final class DigestMail {

    static final int MAX_SAMPLE_LINES = 20;

    private final String baseUrl;

    /** {@code baseUrl} may be empty: the mail then has no link. */
    DigestMail(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    MailMessage compose(Digest digest) {
        String subject = "[Tributary] " + digest.flowName() + ": " + counts(digest.newErrors(), digest.autoResolved());
        return new MailMessage(digest.recipients(), subject, body(digest));
    }

    private String body(Digest digest) {
        List<String> lines = new ArrayList<>();
        lines.add("Flow \"" + digest.flowName() + "\" (" + digest.flowId() + "): "
                + counts(digest.newErrors(), digest.autoResolved()) + ".");
        int samplesLeft = MAX_SAMPLE_LINES;
        for (Digest.RunAlerts run : digest.runs()) {
            lines.add("");
            lines.add((run.runId() == null ? "Without a run" : "Run " + run.runId()) + ": "
                    + counts(run.newErrors(), run.autoResolved()));
            List<String> shown = run.samples().subList(0, Math.min(samplesLeft, run.samples().size()));
            shown.forEach(sample -> lines.add("  - " + sample));
            samplesLeft -= shown.size();
            if (run.newErrors() > shown.size()) {
                lines.add("  (" + (run.newErrors() - shown.size()) + " more not listed)");
            }
        }
        if (!baseUrl.isEmpty()) {
            lines.add("");
            lines.add("Open errors: " + baseUrl + "/api/v1/errors?flow="
                    + URLEncoder.encode(digest.flowId(), StandardCharsets.UTF_8) + "&status=open");
        }
        lines.add("");
        lines.add("You receive this digest because the flow lists your address in alerts.subscribers.");
        return String.join("\n", lines) + "\n";
    }

    /** E.g. "3 new errors, 1 auto-resolved", leaving out a count of zero. */
    static String counts(int newErrors, int autoResolved) {
        List<String> parts = new ArrayList<>();
        if (newErrors > 0) {
            parts.add(newErrors + (newErrors == 1 ? " new error" : " new errors"));
        }
        if (autoResolved > 0) {
            parts.add(autoResolved + " auto-resolved");
        }
        return String.join(", ", parts);
    }
}
