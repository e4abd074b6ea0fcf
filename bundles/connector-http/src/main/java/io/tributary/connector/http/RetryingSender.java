package io.tributary.connector.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.tributary.api.connector.ConnectorException;

/**
 * Sends requests, trying again on 429, 5xx and failed connections as the {@link RetryPolicy} allows, and stopping
 * as soon as the run is cancelled. Any other answer is returned as it is, whatever its status.
 */
final class RetryingSender {

    private final HttpClient client;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final BooleanSupplier cancelled;
    private final System.Logger logger;

    RetryingSender(HttpClient client, RetryPolicy policy, Sleeper sleeper, Clock clock, BooleanSupplier cancelled,
                   System.Logger logger) {
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.cancelled = cancelled;
        this.logger = logger;
    }

    HttpResponse<byte[]> send(HttpRequest request) throws ConnectorException {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            failIfCancelled();
            Attempt outcome = attempt(request);
            if (!outcome.worthRetrying()) {
                return outcome.responseOrThrow(request, attempt);
            }
            Optional<Duration> delay = policy.delayBefore(attempt + 1, outcome.retryAfter(), waited, clock.instant());
            if (delay.isEmpty()) {
                throw outcome.givingUp(request, attempt);
            }
            logger.log(Level.WARNING, "{0}; trying again in {1} ms (attempt {2} of {3})",
                    outcome.summary(request), String.valueOf(delay.get().toMillis()), attempt + 1, policy.maxAttempts());
            pause(delay.get());
            waited = waited.plus(delay.get());
        }
    }

    boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    private void failIfCancelled() throws ConnectorException {
        if (isCancelled()) {
            throw HttpFailures.cancelled();
        }
    }

    private Attempt attempt(HttpRequest request) throws ConnectorException {
        try {
            return new Attempt(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), null);
        } catch (IOException e) {
            return new Attempt(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("interrupted while waiting for " + Urls.describe(request.uri()), true, e);
        }
    }

    private void pause(Duration delay) throws ConnectorException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("interrupted while waiting to retry", true, e);
        }
    }

    /** One try: either a response or the I/O failure that prevented it. */
    private record Attempt(HttpResponse<byte[]> response, IOException failure) {

        boolean worthRetrying() {
            return response != null ? HttpFailures.isRetryable(response.statusCode())
                    : HttpFailures.isConnectFailure(failure);
        }

        Optional<String> retryAfter() {
            return response == null ? Optional.empty() : response.headers().firstValue("Retry-After");
        }

        HttpResponse<byte[]> responseOrThrow(HttpRequest request, int attempts) throws ConnectorException {
            if (response != null) {
                return response;
            }
            throw givingUp(request, attempts);
        }

        /** I/O failures are retryable for the platform even when they are not retried here. */
        ConnectorException givingUp(HttpRequest request, int attempts) {
            String tries = attempts > 1 ? " (gave up after " + attempts + " attempts)" : "";
            if (response != null) {
                return new ConnectorException(summary(request) + HttpFailures.detail(response) + tries, true);
            }
            return new ConnectorException(HttpFailures.describe(failure, request.uri()) + tries, true, failure);
        }

        String summary(HttpRequest request) {
            String where = request.method() + " " + Urls.describe(request.uri());
            return response != null ? "HTTP " + response.statusCode() + " from " + where
                    : HttpFailures.describe(failure, request.uri());
        }
    }
}
