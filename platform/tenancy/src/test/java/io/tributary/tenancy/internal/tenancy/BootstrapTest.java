package io.tributary.tenancy.internal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.Platform;

/** First start: tenant default and its operator admin, once, whichever node gets there first. */
class BootstrapTest {

    @EachDatabase
    void firstStartCreatesTheDefaultTenantsOwnerAsOperator(Platform platform) {
        assertTrue(platform.bootstrap());

        Caller admin = platform.admin();
        assertEquals(TenantRole.OWNER, admin.tenantRole());
        assertTrue(admin.operator());
        assertEquals("default", platform.identity().profile(admin).tenant().name());
    }

    @EachDatabase
    void generatedPasswordIsWrittenOwnerOnlyAndSignsIn(Platform platform) throws Exception {
        platform.bootstrap();

        Path file = platform.dataDirectory.resolve(Bootstrap.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 24, "a strong generated password");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertTrue(platform.identity().login("admin", password, null).token() != null);
    }

    @EachDatabase
    void passwordFromTheEnvironmentIsUsedAndNoFileWritten(Platform platform) {
        platform.environment.put(Bootstrap.PASSWORD_VARIABLE, "from the environment");

        platform.bootstrap();

        assertFalse(Files.exists(platform.dataDirectory.resolve(Bootstrap.PASSWORD_FILE)));
        assertTrue(platform.identity().login("admin", "from the environment", null).token() != null);
    }

    @EachDatabase
    void tooShortEnvironmentPasswordIsIgnoredForAGeneratedOne(Platform platform) {
        platform.environment.put(Bootstrap.PASSWORD_VARIABLE, "short");

        platform.bootstrap();

        assertTrue(Files.exists(platform.dataDirectory.resolve(Bootstrap.PASSWORD_FILE)));
    }

    @EachDatabase
    void laterStartsDoNothing(Platform platform) throws Exception {
        platform.bootstrap();
        Path file = platform.dataDirectory.resolve(Bootstrap.PASSWORD_FILE);
        Files.delete(file);

        assertFalse(platform.bootstrap());
        platform.startIdentity();

        assertFalse(Files.exists(file), "the password is never written again");
        assertEquals(1, platform.rows("tenant").size());
        assertEquals(1, platform.rows("app_user").size());
    }

    @EachDatabase
    void nodesStartingAtOnceCreateTheAdminExactlyOnce(Platform platform) throws Exception {
        CyclicBarrier together = new CyclicBarrier(3);
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> created = nodes.invokeAll(List.of(
                    () -> startAfter(together, platform), () -> startAfter(together, platform),
                    () -> startAfter(together, platform)));
            long winners = 0;
            for (Future<Boolean> node : created) {
                winners += node.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            nodes.shutdown();
        }
        assertEquals(1, platform.rows("tenant").size());
        assertEquals(1, platform.rows("app_user").size());
    }

    private static boolean startAfter(CyclicBarrier together, Platform platform) throws Exception {
        together.await();
        return platform.bootstrap();
    }
}
