package io.tributary.tenancy.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.problem.ProblemException;

class KeyRingTest {

    private static final String ENVIRONMENT_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path etc;

    @Test
    void firstOpenCreatesAnOwnerOnlyFileWithOneCurrentKey() throws Exception {
        KeyRing ring = KeyRing.open(etc, name -> null);

        Path file = etc.resolve(KeyRing.FILE_NAME);
        String text = Files.readString(file);
        assertTrue(text.contains("current=" + ring.currentId()), text);
        assertTrue(text.contains("key." + ring.currentId() + "="), text);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void laterOpensReadTheSameKeys() {
        KeyRing first = KeyRing.open(etc, name -> null);
        String envelope = new SecretCipher(first).seal(TextNode.valueOf("secret"));

        KeyRing second = KeyRing.open(etc, name -> null);

        assertEquals(first.currentId(), second.currentId());
        assertEquals(TextNode.valueOf("secret"), new SecretCipher(second).open(envelope));
    }

    @Test
    void environmentKeyIsCurrentWithAnIdFromItsHashAndNoFileIsWritten() {
        KeyRing ring = KeyRing.open(etc, Map.of(KeyRing.KEY_VARIABLE, ENVIRONMENT_KEY)::get);

        assertTrue(ring.currentId().matches("env-[0-9a-f]{12}"), ring.currentId());
        assertEquals(ring.currentId(), KeyRing.open(etc, Map.of(KeyRing.KEY_VARIABLE, ENVIRONMENT_KEY)::get)
                .currentId());
        assertFalse(Files.exists(etc.resolve(KeyRing.FILE_NAME)));
    }

    @Test
    void fileKeysStayReadableWhenTheEnvironmentKeyTakesOver() {
        KeyRing fileRing = KeyRing.open(etc, name -> null);
        String envelope = new SecretCipher(fileRing).seal(TextNode.valueOf("secret"));

        KeyRing ring = KeyRing.open(etc, Map.of(KeyRing.KEY_VARIABLE, ENVIRONMENT_KEY)::get);

        assertNotEquals(fileRing.currentId(), ring.currentId());
        assertEquals(TextNode.valueOf("secret"), new SecretCipher(ring).open(envelope));
    }

    @Test
    void rotationIsRefusedWhileTheKeyComesFromTheEnvironment() {
        KeyRing ring = KeyRing.open(etc, Map.of(KeyRing.KEY_VARIABLE, ENVIRONMENT_KEY)::get);

        assertEquals(409, assertThrows(ProblemException.class, ring::addCurrentKey).problem().status());
    }

    @Test
    void malformedEnvironmentKeyFailsWithoutShowingIt() {
        String notAKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());

        SecretException failure = assertThrows(SecretException.class,
                () -> KeyRing.open(etc, Map.of(KeyRing.KEY_VARIABLE, notAKey)::get));

        assertTrue(failure.getMessage().contains("must be 32 bytes"), failure.getMessage());
        assertFalse(failure.getMessage().contains(notAKey));
    }

    @Test
    void anUnknownKeyIdRereadsTheFileAnotherNodeRotated() {
        KeyRing thisNode = KeyRing.open(etc, name -> null);
        KeyRing otherNode = KeyRing.open(etc, name -> null);
        otherNode.addCurrentKey();
        String envelope = new SecretCipher(otherNode).seal(TextNode.valueOf("secret"));

        assertEquals(TextNode.valueOf("secret"), new SecretCipher(thisNode).open(envelope));
    }

    @Test
    void anEnvelopeRelabelledToAnotherKeyDoesNotOpen() {
        KeyRing ring = KeyRing.open(etc, name -> null);
        String oldKey = ring.currentId();
        String envelope = new SecretCipher(ring).seal(TextNode.valueOf("secret"));
        String newKey = ring.addCurrentKey();

        String relabelled = envelope.replace(":" + oldKey + ":", ":" + newKey + ":");

        assertThrows(SecretException.class, () -> new SecretCipher(ring).open(relabelled));
    }
}
