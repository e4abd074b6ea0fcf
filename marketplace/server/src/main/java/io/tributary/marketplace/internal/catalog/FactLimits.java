package io.tributary.marketplace.internal.catalog;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.marketplace.internal.validation.ArtifactFacts;

/**
 * What the catalog's columns hold, checked on an artifact that passed the publishing checks: a descriptor text too
 * long for its column is refused with the others, never cut.
 */
final class FactLimits {

    private static final String FIELD = "artifact";

    private FactLimits() {
    }

    static List<FieldError> check(ArtifactFacts facts, byte[] signature) {
        List<FieldError> errors = new ArrayList<>();
        atMost(errors, "id", facts.id(), 64);
        atMost(errors, "name", facts.name(), Publishers.MAX_NAME);
        atMost(errors, "summary", facts.summary(), 200);
        atMost(errors, "description", facts.description(), 20_000);
        atMost(errors, "icon", facts.icon(), 24_000);
        atMost(errors, "changelog", facts.changelog(), Publishing.MAX_CHANGELOG);
        atMost(errors, "platform API range", facts.platformRange(), 2_000);
        atMost(errors, "list of dependencies", VersionRepository.dependenciesJson(facts.dependencies()), 4_000);
        facts.categories().stream().filter(category -> category.isBlank() || category.length() > 40).findFirst()
                .ifPresent(category -> errors.add(new FieldError(FIELD,
                        "has a category of " + category.length() + " characters; categories have 1 to 40")));
        try {
            SemanticVersion.parse(facts.version());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("version", e.getMessage()));
        }
        if (SignatureText.base64(signature).length() > 2_000) {
            errors.add(new FieldError("signature", "is longer than any signature of an accepted key"));
        }
        return errors;
    }

    private static void atMost(List<FieldError> errors, String what, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(FIELD, "has a descriptor " + what + " of " + text.length()
                    + " characters; the catalog keeps at most " + max));
        }
    }
}
