package io.tributary.connector.http;

import java.net.http.HttpClient;
import java.time.Clock;

import org.osgi.service.component.annotations.Component;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Listener;
import io.tributary.api.connector.Source;

/**
 * The universal HTTP/REST connector: reads paged JSON APIs ({@code get}), writes records to them ({@code send}) and
 * turns signed webhooks into records ({@code webhook}). Nothing of a call is kept in fields but the OAuth2 tokens,
 * which are shared on purpose.
 */
@Component(service = Connector.class, property = {
        Connector.ID + "=" + HttpConnector.CONNECTOR_ID,
        Connector.VERSION + "=" + HttpConnector.CONNECTOR_VERSION})
public final class HttpConnector implements Connector {

    static final String CONNECTOR_ID = "http";
    /** Equal to {@code connector.version} of the pom and so to the descriptor's version, as a test checks. */
    static final String CONNECTOR_VERSION = "1.0.0";

    private final Sleeper sleeper;
    private final Clock clock;
    private final OAuth2TokenCache tokens;

    public HttpConnector() {
        this(Sleeper.THREAD, Clock.systemUTC());
    }

    HttpConnector(Sleeper sleeper, Clock clock) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.tokens = new OAuth2TokenCache(clock);
    }

    @Override
    public ConnectionTest test(ConnectorContext context) {
        try {
            HttpConnectionConfig config = HttpConnectionConfig.from(context.connection()).withSingleAttempt();
            return new ConnectionProbe(exchange(config, context), config.testPath()).run();
        } catch (ConnectorException e) {
            return ConnectionTest.failed(e.getMessage());
        } catch (RuntimeException e) {
            // test() must never throw; the class name is enough to report it without leaking anything
            return ConnectionTest.failed("unexpected failure: " + e.getClass().getName());
        }
    }

    @Override
    public Source openSource(String operation, ConnectorContext context) throws ConnectorException {
        requireOperation("get", operation, "source");
        return new HttpSource(exchange(context), SourceConfig.from(context.config()));
    }

    @Override
    public Destination openDestination(String operation, ConnectorContext context) throws ConnectorException {
        requireOperation("send", operation, "destination");
        return new HttpDestination(exchange(context), DestinationConfig.from(context.config()));
    }

    @Override
    public Listener openListener(String operation, ConnectorContext context) throws ConnectorException {
        requireOperation("webhook", operation, "listener");
        return new HttpWebhookListener(WebhookConfig.from(context.connection(), context.config()));
    }

    private HttpExchange exchange(ConnectorContext context) throws ConnectorException {
        return exchange(HttpConnectionConfig.from(context.connection()), context);
    }

    private HttpExchange exchange(HttpConnectionConfig config, ConnectorContext context) throws ConnectorException {
        // redirects are not followed, so credentials never leave the configured origin; a 3xx is reported as it is
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RetryingSender sender = new RetryingSender(client, config.retryPolicy(), sleeper, clock,
                context::isCancelled, context.logger());
        Authenticator authenticator = Authenticator.from(config.auth(), tokens, sender, config.readTimeout());
        return new HttpExchange(config, sender, authenticator);
    }

    private static void requireOperation(String expected, String operation, String kind) throws ConnectorException {
        if (!expected.equals(operation)) {
            throw Json.invalid("the http connector has no " + kind + " operation '" + operation
                    + "', only '" + expected + "'");
        }
    }
}
