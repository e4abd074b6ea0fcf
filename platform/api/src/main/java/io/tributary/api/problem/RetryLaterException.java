package io.tributary.api.problem;

/**
 * A {@link ProblemException} for a refusal that ends by itself, such as a sign-in lock: the REST layer tells the
 * caller when to try again ({@code Retry-After}).
 */
public class RetryLaterException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    /** @param retryAfterSeconds how long until the refusal ends, at least 1 */
    public RetryLaterException(Problem problem, long retryAfterSeconds) {
        super(problem);
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retry after at least 1 second, not " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
