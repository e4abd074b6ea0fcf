package io.tributary.engine.internal.definition;

import static io.tributary.engine.internal.definition.Definitions.WORKSPACE;
import static io.tributary.engine.internal.definition.Definitions.copyFlow;
import static io.tributary.engine.internal.definition.Definitions.everything;
import static io.tributary.engine.internal.definition.Definitions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Lookups;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.StepIssue;
import io.tributary.engine.internal.pipeline.Tracer;

class FlowCompilerTest {

    private final FlowValidator validator = Definitions.validator();

    @Test
    void everyPartOfTheDefinitionBecomesItsSpec() {
        CompiledFlow flow = compile(everything());

        assertEquals("Orders to warehouse", flow.name());
        assertEquals(TriggerSpec.Type.SCHEDULE, flow.trigger().type());
        assertEquals("0 */5 * * * ?", flow.trigger().quartzCron());
        assertNull(flow.trigger().keyOf());
        assertEquals(new SourceSpec("db", "select", "[1.0,2.0)",
                json("{'table': 'orders', 'keyColumns': ['id'], 'deltaColumn': 'updated_at'}"), true), flow.source());
        assertEquals(new Settings(200, 2, Settings.Overlap.QUEUE, new Settings.RetryPolicy(5, 100, 3.0, 5000)),
                flow.settings());
        assertEquals(List.of("ops@example.com"), flow.subscribers());
        assertEquals(List.of(
                new DestinationSpec("steps[3]:by-region/routes[0]:eu/destinations[0]:crm", "api", "send",
                        "[1.2.0,2.0.0)", json("{'path': '/orders/{key}'}"), WriteMode.UPSERT),
                new DestinationSpec("steps[3]:by-region/routes[1]:rest/destinations[0]:warehouse", "db", "write",
                        "[1.0.0,2.0.0)", json("{'table': 'orders_copy', 'keyColumns': ['id']}"), WriteMode.UPSERT)),
                flow.pipeline().destinations());
        assertEquals(1, flow.pipeline().lookups().size());
        assertEquals("steps[2]:customer", flow.pipeline().lookups().get(0).path());
        assertEquals(json("{'path': '/customers', 'keyField': 'id'}"), flow.pipeline().lookups().get(0).config());
    }

    @Test
    void theCompiledPipelineRunsTheDefinedSteps() {
        CompiledFlow flow = compile(everything());
        List<ObjectNode> configs = new ArrayList<>();
        Lookups customers = (lookup, config, limit) -> {
            configs.add(config);
            return List.of(new Record("c7", json("{'id': 'c7', 'name': 'Ann'}")));
        };

        List<Routed> routed = flow.pipeline().route(List.of(
                new Record("1", json("{'id': 1, 'qty': 3, 'price': 50, 'region': 'EU', 'customerId': 7}")),
                new Record("2", json("{'id': 2, 'qty': 1, 'price': 5, 'region': 'EU', 'customerId': 7}")),
                new Record("3", json("{'id': 3, 'qty': 10, 'price': 20.5, 'region': 'US', 'customerId': 7}"))),
                customers, Tracer.NONE);

        assertEquals(0, routed.get(0).deliveries().get(0).destination());
        assertEquals(json("{'id': 1, 'total': 150, 'region': 'EU', 'customerId': 7,"
                        + " 'customer': {'id': 'c7', 'name': 'Ann'}, 'zone': 'eu'}"),
                routed.get(0).deliveries().get(0).record().data());
        assertEquals(List.of(StepIssue.ignored("steps[1]:big-only", "filtered out by total > 100")),
                routed.get(1).issues());
        assertEquals(1, routed.get(2).deliveries().get(0).destination());
        assertEquals("3", routed.get(2).deliveries().get(0).record().key());
        assertEquals(json("{'path': '/customers', 'keyField': 'id', 'query': {'id': '7'}}"), configs.get(0));
        assertEquals(2, configs.size(), "one read per record that got past the filter");
    }

    @Test
    void aUnixCronRunsAsItsQuartzTranslation() {
        ObjectNode definition = copyFlow();
        definition.set("trigger", json("{'type': 'schedule', 'cron': '*/5 9-17 * * 1-5'}"));

        assertEquals("0 */5 9-17 ? * 2-6 *", compile(definition).trigger().quartzCron());
    }

    @Test
    void aManualFlowHasNoScheduleNorListener() {
        TriggerSpec trigger = compile(copyFlow()).trigger();

        assertEquals(new TriggerSpec(TriggerSpec.Type.MANUAL, null, null, null, null, json("{}"), null), trigger);
    }

    @Test
    void aPlainWebhookKeysObjectsByItsKeyFieldElseByARandomUuid() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook', 'keyField': \"order ? order.number & '-' & order.line\"}"));

        CompiledFlow flow = compile(definition);

        assertNull(flow.source());
        assertEquals(TriggerSpec.Type.WEBHOOK, flow.trigger().type());
        assertNull(flow.trigger().connectionId());
        assertEquals("A7-2", flow.trigger().keyOf().apply(json("{'order': {'number': 'A7', 'line': 2}}")));
        String made = flow.trigger().keyOf().apply(json("{'id': 1}"));
        assertEquals(made, UUID.fromString(made).toString());
        assertNotEquals(made, flow.trigger().keyOf().apply(json("{'id': 1}")));
    }

    @Test
    void aWebhookKeysByIdByDefault() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook'}"));

        assertEquals("42", compile(definition).trigger().keyOf().apply(json("{'id': 42}")));
    }

    @Test
    void aListeningWebhookNamesItsConnectionOperationAndRange() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook', 'connection': 'api', 'operation': 'webhook',"
                + " 'config': {'signatureHeader': 'X-Sig'}}"));

        TriggerSpec trigger = compile(definition).trigger();

        assertEquals(new TriggerSpec(TriggerSpec.Type.WEBHOOK, null, "api", "webhook", "[1.2.0,2.0.0)",
                json("{'signatureHeader': 'X-Sig'}"), null), trigger);
    }

    @Test
    void compiledConfigsAreCopiesThatLaterChangesToTheDefinitionDoNotReach() {
        ObjectNode normalized = validator.validate(WORKSPACE, copyFlow());
        CompiledFlow flow = FlowCompiler.compile(normalized);

        ((ObjectNode) normalized.at("/source/config")).put("table", "changed");

        assertEquals("orders", flow.source().config().path("table").asText());
        assertFalse(flow.source().delta());
    }

    @Test
    void aDefinitionTheValidatorDidNotNormalizeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FlowCompiler.compile(copyFlow()));

        assertTrue(refused.getMessage().contains("not a normalized flow definition"), refused.getMessage());
    }

    private CompiledFlow compile(ObjectNode definition) {
        return FlowCompiler.compile(validator.validate(WORKSPACE, definition));
    }
}
