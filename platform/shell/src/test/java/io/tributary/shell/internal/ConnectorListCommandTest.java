package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.tributary.api.plugin.ConnectorState;

class ConnectorListCommandTest {

    private final FakeServices.Registry registry = new FakeServices.Registry();
    private final ConnectorListCommand command = new ConnectorListCommand();
    private final Output out = new Output();

    @Test
    void printsOneRowPerConnectorWithItsStateAndReason() {
        registry.connectors.add(FakeServices.info("http", "1.0.0", ConnectorState.ACTIVE, null));
        registry.connectors.add(FakeServices.info("jdbc", "2.1.0", ConnectorState.REJECTED, "invalid descriptor"));
        command.registry = registry;

        command.print(out.stream);

        String text = out.text();
        assertTrue(text.contains("Id"), text);
        assertTrue(text.lines().anyMatch(line -> line.contains("http") && line.contains("1.0.0")
                && line.contains("ACTIVE")), text);
        assertTrue(text.lines().anyMatch(line -> line.contains("jdbc") && line.contains("REJECTED")
                && line.contains("invalid descriptor")), text);
    }

    @Test
    void saysSoWhenNoConnectorIsInstalled() {
        command.registry = registry;

        command.print(out.stream);

        assertTrue(out.text().contains("No connectors installed"), out.text());
    }
}
