package io.tributary.tenancy.internal.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void defaultHashIsArgon2idInPhcFormatWithItsParameters() {
        String hash = PasswordHasher.DEFAULT.hash(PASSWORD);

        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    void verifiesTheRightPasswordRoundTrip() {
        assertTrue(PasswordHasher.DEFAULT.verify(PASSWORD, PasswordHasher.DEFAULT.hash(PASSWORD)));
    }

    @Test
    void rejectsAWrongPassword() {
        String hash = PasswordHasher.DEFAULT.hash(PASSWORD);

        assertFalse(PasswordHasher.DEFAULT.verify("correct horse batterY", hash));
        assertFalse(PasswordHasher.DEFAULT.verify(null, hash));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(PasswordHasher.DEFAULT.hash(PASSWORD), PasswordHasher.DEFAULT.hash(PASSWORD));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String cheapHash = new PasswordHasher(64, 1, 1).hash(PASSWORD);

        assertTrue(PasswordHasher.DEFAULT.verify(PASSWORD, cheapHash));
    }

    @Test
    void malformedHashesVerifyNothing() {
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, null));
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, "$2a$10$bcryptIsNotAccepted"));
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, PASSWORD));
    }

    @Test
    void unknownUsersNeverVerify() {
        assertFalse(PasswordHasher.DEFAULT.verifyUnknownUser("no user has this password"));
    }
}
