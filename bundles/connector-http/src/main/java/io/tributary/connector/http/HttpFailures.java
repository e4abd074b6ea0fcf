package io.tributary.connector.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLException;

import io.tributary.api.connector.ConnectorException;

/**
 * Turns failed requests into messages a user can act on. Messages name the host and path but never the query,
 * headers or credentials.
 */
final class HttpFailures {

    private static final int MAX_BODY_IN_MESSAGE = 200;

    private HttpFailures() {
    }

    static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** Statuses worth trying again: timeouts, rate limits and server-side failures. */
    static boolean isRetryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Failures where the request never reached the server, so sending it again is safe. */
    static boolean isConnectFailure(IOException failure) {
        return failure instanceof HttpConnectTimeoutException
                || (failure instanceof ConnectException && !isUnknownHost(failure));
    }

    static String describe(IOException failure, URI uri) {
        String host = Urls.hostAndPort(uri);
        if (isUnknownHost(failure)) {
            return "unknown host '" + uri.getHost() + "': check baseUrl";
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "timed out connecting to " + host + ": check baseUrl and the firewall";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer from " + host + " within readTimeoutSeconds";
        }
        SSLException tls = cause(failure, SSLException.class);
        if (tls != null) {
            return "TLS handshake with " + host + " failed: " + (cause(tls, GeneralSecurityException.class) != null
                    ? "its certificate is not trusted (self-signed, expired or from an unknown authority)"
                    : trim(String.valueOf(tls.getMessage())));
        }
        if (failure instanceof ConnectException) {
            return "connection refused by " + host + ": is the service running on that port?";
        }
        return "I/O error talking to " + host + ": " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " " + trim(failure.getMessage()));
    }

    /** The exception for a non-2xx answer to a request as a whole (not per record). */
    static ConnectorException statusFailure(String method, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String where = method + " " + Urls.describe(response.uri());
        if (status == 401 || status == 403) {
            return new ConnectorException(where + " was refused with HTTP " + status + ": check the credentials", false);
        }
        return new ConnectorException("HTTP " + status + " from " + where + detail(response), isRetryable(status));
    }

    /** The start of a response body, on one line, prefixed for appending to a message; empty when there is none. */
    static String detail(HttpResponse<byte[]> response) {
        String body = trim(new String(response.body(), StandardCharsets.UTF_8));
        return body.isEmpty() ? "" : ": " + body;
    }

    static ConnectorException cancelled() {
        return new ConnectorException("the run was cancelled", false);
    }

    private static String trim(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_BODY_IN_MESSAGE ? oneLine : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }

    private static boolean isUnknownHost(Throwable failure) {
        return cause(failure, UnknownHostException.class) != null
                || cause(failure, UnresolvedAddressException.class) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
