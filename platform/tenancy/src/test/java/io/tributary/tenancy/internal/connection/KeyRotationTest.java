package io.tributary.tenancy.internal.connection;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static io.tributary.tenancy.internal.connection.ConnectionSecretsTest.CONFIG;
import static io.tributary.tenancy.internal.connection.ConnectionSecretsTest.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.Platform;

/** Rotating the secret key: everything re-encrypted under the new key, nothing written earlier lost. */
class KeyRotationTest {

    private static final Pattern ENVELOPE = Pattern.compile("enc:v1:([A-Za-z0-9_-]+):[A-Za-z0-9+/=]+");

    @EachDatabase
    void rotationReencryptsEverySecretOfEveryTenantUnderTheNewKey(Platform platform) {
        Connection ours = ConnectionSecretsTest.create(platform, CONFIG);
        Caller acme = platform.newTenantOwner("acme");
        platform.connections().create(acme, ConnectionSecretsTest.draft(
                platform.createWorkspace(acme, "X").id(), CONFIG));
        String oldKey = keyIds(platform).get(0);

        int reencrypted = platform.connections().rotateSecretKey(platform.admin());

        assertEquals(4, reencrypted);
        List<String> keys = keyIds(platform);
        assertEquals(4, keys.size());
        assertTrue(keys.stream().noneMatch(oldKey::equals), keys.toString());
        assertEquals(1, keys.stream().distinct().count());
        assertEquals(PASSWORD, ConnectionSecretsTest.testedConnection(platform, ours).path("auth").path("password")
                .asText());
    }

    @EachDatabase
    void ciphertextsFromBeforeTheRotationStayReadable(Platform platform) {
        ConnectionSecretsTest.create(platform, CONFIG);
        String before = envelopes(platform).get(0);

        platform.connections().rotateSecretKey(platform.admin());
        KeyRing reopened = KeyRing.open(platform.etcDirectory, platform.environment::get);

        assertTrue(new SecretCipher(reopened).open(before).isTextual());
    }

    @EachDatabase
    void rotationIsRecordedWithoutSecrets(Platform platform) {
        ConnectionSecretsTest.create(platform, CONFIG);

        platform.connections().rotateSecretKey(platform.admin());

        var entry = platform.audit().entries(platform.admin(), null, null, 1).get(0);
        assertEquals("secret-key.rotate", entry.action());
        assertEquals(2, entry.after().path("reencrypted").asInt());
    }

    @EachDatabase
    void onlyOperatorsRotate(Platform platform) {
        Caller acme = platform.newTenantOwner("acme");

        assertProblem(403, () -> platform.connections().rotateSecretKey(acme));
    }

    @EachDatabase
    void environmentKeyIsUsedWhenSet(Platform platform) throws Exception {
        byte[] key = new byte[32];
        key[0] = 7;
        platform.environment.put(KeyRing.KEY_VARIABLE, Base64.getEncoder().encodeToString(key));

        Connection created = ConnectionSecretsTest.create(platform, CONFIG);

        assertTrue(keyIds(platform).stream().allMatch(id -> id.startsWith("env-")), keyIds(platform).toString());
        assertFalse(Files.exists(platform.etcDirectory.resolve(KeyRing.FILE_NAME)));
        assertEquals(PASSWORD, ConnectionSecretsTest.testedConnection(platform, created).path("auth")
                .path("password").asText());
        assertProblem(409, () -> platform.connections().rotateSecretKey(platform.admin()));
    }

    @EachDatabase
    void secretsSurviveARestartThatRereadsTheKeyFile(Platform platform) {
        Connection created = ConnectionSecretsTest.create(platform, CONFIG);

        platform.restartConnections();

        assertEquals(TextNode.valueOf(PASSWORD), ConnectionSecretsTest.testedConnection(platform, created)
                .path("auth").path("password"));
    }

    private static List<String> envelopes(Platform platform) {
        return platform.rows("workspace_connection").stream()
                .flatMap(row -> ENVELOPE.matcher(row.get("config_json")).results().map(MatchResult::group))
                .toList();
    }

    private static List<String> keyIds(Platform platform) {
        return envelopes(platform).stream().map(envelope -> envelope.split(":")[2]).toList();
    }
}
