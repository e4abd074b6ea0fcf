package io.tributary.plugins.internal.extender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComponentInspectorTest {

    @Test
    void failureKeepsTheExceptionLineAndItsRootCauseButNoFrames() {
        String trace = """
                java.lang.IllegalStateException: cannot connect
                \tat demo.DemoConnector.activate(DemoConnector.java:12)
                Caused by: java.net.ConnectException: Connection refused
                \tat java.base/sun.nio.ch.Net.connect0(Native Method)
                """;

        assertEquals("java.lang.IllegalStateException: cannot connect (Caused by: java.net.ConnectException: "
                + "Connection refused)", ComponentInspector.firstLines(trace));
    }

    @Test
    void failureWithoutCauseIsItsFirstLine() {
        assertEquals("java.lang.IllegalStateException: boom",
                ComponentInspector.firstLines("java.lang.IllegalStateException: boom\n\tat x.Y.z(Y.java:1)\n"));
    }

    @Test
    void missingFailureSaysSo() {
        assertEquals("no reason given", ComponentInspector.firstLines(null));
    }
}
