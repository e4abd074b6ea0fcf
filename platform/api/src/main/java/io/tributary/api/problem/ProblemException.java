package io.tributary.api.problem;

import java.util.Objects;

/** Thrown by services to end a request with a {@link Problem}; the REST layer turns it into the response. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail() != null ? problem.detail() : problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
