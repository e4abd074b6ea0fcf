package io.tributary.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SupportTest {

    @Test
    void mavenSnapshotVersionBecomesTheBundleVersionBndGives() {
        assertEquals(new Version(1, 2, 0, "SNAPSHOT"), DescriptorFile.osgiVersion("1.2.0-SNAPSHOT"));
        assertEquals(new Version(2, 0, 0), DescriptorFile.osgiVersion("2.0"));
        assertEquals(new Version(1, 0, 0, "SNAPSHOT"), DescriptorFile.osgiVersion("1.0.0.SNAPSHOT"));
    }

    @Test
    void secretsAreTheWriteOnlyFieldsNestedObjectsIncluded() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree("""
                {"type": "object", "properties": {
                  "token": {"type": "string", "writeOnly": true},
                  "user": {"type": "string"},
                  "auth": {"type": "object", "properties": {"key": {"type": "string", "writeOnly": true}}}}}""");
        ObjectNode connection = JsonNodeFactory.instance.objectNode().put("token", "t-123456").put("user", "bob");
        connection.putObject("auth").put("key", "k-987654");

        assertEquals(Map.of("token", "t-123456", "auth.key", "k-987654"), Secrets.in(schema, connection));
    }

    @Test
    void textWithASecretFailsNamingTheField() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Secrets.assertAbsent(Map.of("auth.key", "k-987654"), "denied for k-987654", "the message"));

        assertTrue(error.getMessage().startsWith("the message contains the secret value of 'auth.key'"));
    }

    @Test
    void loggerKeepsFormattedMessagesAndTheirExceptions() {
        RecordingLogger logger = new RecordingLogger();

        logger.log(System.Logger.Level.INFO, "read {0} records", 3);
        logger.log(System.Logger.Level.WARNING, "failed", new IllegalStateException("boom"));

        assertEquals(List.of("INFO read 3 records", "WARNING failed java.lang.IllegalStateException: boom"),
                logger.messages());
    }

    @Test
    void sourceFixtureNeedsTwoAndAHalfPages() {
        assertThrows(IllegalArgumentException.class, () -> new SourceFixture("items",
                JsonNodeFactory.instance.objectNode(), 10, List.of("a", "b", "c")));
    }
}
