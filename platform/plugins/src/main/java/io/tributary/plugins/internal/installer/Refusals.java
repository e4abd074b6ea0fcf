package io.tributary.plugins.internal.installer;

import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The problems the installer ends a request with. */
final class Refusals {

    private Refusals() {
    }

    /** 422: the bundle breaks these rules; it is not (or no longer) installed. */
    static ProblemException invalid(String detail, List<FieldError> reasons) {
        return new ProblemException(Problem.invalid(detail, reasons));
    }

    static ProblemException tooLarge(long maxBytes) {
        long mebibyte = 1024 * 1024;
        String limit = maxBytes >= mebibyte ? maxBytes / mebibyte + " MiB" : maxBytes + " bytes";
        return new ProblemException(Problem.of(413, "Content Too Large",
                "the connector bundle is larger than the limit of " + limit));
    }

    static ProblemException unreadable(String why) {
        return new ProblemException(Problem.of(400, "Bad Request", "the upload could not be read: " + why));
    }

    static ProblemException notFound(String id, String version) {
        return new ProblemException(Problem.of(404, "Not Found",
                "no connector " + id + " " + version + " is installed"));
    }

    /** 409 naming every user, one per error, so a caller can show them as a list. */
    static ProblemException inUse(String id, String version, List<String> users) {
        List<FieldError> errors = users.stream().map(user -> new FieldError("usage", user)).toList();
        return new ProblemException(new Problem("about:blank", "Conflict", 409, "connector " + id + " " + version
                + " is in use by " + String.join(", ", users) + "; uninstall it with force to remove it anyway",
                errors));
    }

    static ProblemException failed(String detail) {
        return new ProblemException(Problem.of(500, "Internal Server Error", detail));
    }
}
