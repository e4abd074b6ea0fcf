package io.tributary.engine.internal.hook;

import java.time.Clock;
import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.InboundRequest;
import io.tributary.api.connector.Listener;
import io.tributary.api.connector.Record;
import io.tributary.api.flow.HookService;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.connect.BoundConnector;
import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.definition.TriggerSpec;
import io.tributary.engine.internal.run.CompiledFlows;
import io.tributary.store.jdbc.Ids;

/**
 * Receives webhooks: checks the request, turns it into records, persists them in one short transaction, and only
 * then answers. A background drain gives the waiting records to the flow's next run.
 */
public class DefaultHookService implements HookService {

    private final Repositories repositories;
    private final CompiledFlows compiled;
    private final ConnectorBinder binder;
    private final HookDrain drain;
    private final Backlog backlog;
    private final Clock clock;

    /**
     * @param maxBacklog waiting events of one flow beyond which requests are refused with 429
     */
    public DefaultHookService(Repositories repositories, CompiledFlows compiled, ConnectorBinder binder,
            HookDrain drain, Clock clock, int maxBacklog) {
        this.repositories = repositories;
        this.compiled = compiled;
        this.binder = binder;
        this.drain = drain;
        this.clock = clock;
        this.backlog = new Backlog(repositories.hooks(), clock, maxBacklog);
    }

    @Override
    public HookReceipt receive(String key, InboundRequest request) {
        byte[] body = request.body();
        if (body.length > MAX_BODY_BYTES) {
            throw Problems.tooLarge("A webhook body may have at most " + MAX_BODY_BYTES + " bytes");
        }
        StoredFlow flow = repositories.flows().findByHookKey(key)
                .filter(found -> "webhook".equals(found.triggerType()))
                .orElseThrow(() -> Problems.notFound("webhook"));
        if (!flow.enabled()) {
            // the key is the secret, so whoever holds it learns nothing new; a 404 would read as a wrong URL
            throw Problems.conflict("The flow of this webhook is disabled; enable it to receive events");
        }
        if (backlog.isFull(flow.id())) {
            throw Problems.tooManyRequests("Too many events of this webhook wait to be processed; try again later");
        }
        TriggerSpec trigger = compiled.of(flow).trigger();
        List<Record> records = trigger.connectionId() == null ? WebhookRecords.parse(body, trigger.keyOf())
                : listen(trigger, request);
        if (records.isEmpty()) {
            return new HookReceipt(null, 0);
        }
        String eventId = Ids.next("evt");
        repositories.hooks().insert(eventId, flow.id(), clock.instant(), records.size(), Json.write(
                Json.array().addAll(records.stream().map(Json::keyed).toList())));
        drain.request(flow.id());
        return new HookReceipt(eventId, records.size());
    }

    /** The listener connector checks the request (e.g. its signature) and reads its records. */
    private List<Record> listen(TriggerSpec trigger, InboundRequest request) {
        BoundConnector bound;
        try {
            bound = binder.bind(trigger.connectionId(), trigger.versionRange());
        } catch (ConnectorException e) {
            throw Problems.unavailable("The webhook's listener is not available: " + e.getMessage());
        }
        try {
            Listener listener = bound.connector().openListener(trigger.operation(),
                    bound.context(trigger.config(), () -> false));
            return listener.receive(request);
        } catch (ConnectorException e) {
            String reason = bound.redact(e.getMessage());
            throw e.isRetryable() ? Problems.unavailable("The webhook cannot be taken now: " + reason)
                    : Problems.badRequest("The webhook was refused: " + reason);
        }
    }
}
