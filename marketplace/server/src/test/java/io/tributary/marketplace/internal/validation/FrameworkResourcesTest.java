package io.tributary.marketplace.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;

class FrameworkResourcesTest {

    @Test
    void theResourcesAreTheCurrentRevisionsOfTheInstalledBundles() {
        BundleRevision revision = fake(BundleRevision.class, null);
        Bundle resolved = fake(Bundle.class, revision);
        Bundle uninstalledMeanwhile = fake(Bundle.class, null);
        BundleContext context = fake(BundleContext.class, new Bundle[] {resolved, uninstalledMeanwhile});

        assertEquals(List.of(revision), new FrameworkResources(context).resources());
    }

    /** A proxy answering {@code getBundles} and {@code adapt} with {@code answer}, and nothing else. */
    private static <T> T fake(Class<T> type, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundles", "adapt" -> answer;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }
}
