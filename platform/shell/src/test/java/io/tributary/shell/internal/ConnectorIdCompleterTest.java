package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.plugin.ConnectorState;

class ConnectorIdCompleterTest {

    @Test
    void offersEachInstalledIdOnceInOrder() {
        FakeServices.Registry registry = new FakeServices.Registry();
        registry.connectors.add(FakeServices.info("jdbc", "1.0.0", ConnectorState.ACTIVE, null));
        registry.connectors.add(FakeServices.info("http", "1.0.0", ConnectorState.ACTIVE, null));
        registry.connectors.add(FakeServices.info("http", "2.0.0", ConnectorState.REJECTED, "broken"));
        ConnectorIdCompleter completer = new ConnectorIdCompleter();
        completer.registry = registry;

        assertEquals(List.of("http", "jdbc"), List.copyOf(completer.ids()));
    }
}
