package io.tributary.marketplace.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.resource.Resource;

class DryRunResolverTest {

    private static final String IMPORTS_API = "io.tributary.api.connector;version=\"[1.0,2)\"";

    @Test
    void aBundleResolvesAgainstAPlatformExportingTheApiInRange() {
        Resource candidate = FakePlatform.resource("com.acme.widget", "Import-Package", IMPORTS_API);

        assertEquals(List.of(), resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of()));
    }

    @Test
    void aBundleDoesNotResolveAgainstAnApiOutOfItsRange() {
        Resource candidate = FakePlatform.resource("com.acme.widget", "Import-Package", IMPORTS_API);

        assertEquals(List.of("imports package io.tributary.api.connector (version>=1.0.0, <2.0.0), which neither the"
                        + " platform nor the marketplace provides"),
                resolver("io.tributary.api.connector;version=2.0.0").unresolved(candidate, List.of()));
    }

    @Test
    void aNeighbourExportingAMissingPackageMakesItResolve() {
        Resource candidate = FakePlatform.resource("com.acme.widget",
                "Import-Package", IMPORTS_API + ",com.acme.shared;version=\"[1.0,2)\"");
        Resource neighbour = FakePlatform.resource("com.acme.shared", "Export-Package", "com.acme.shared;version=1.1");

        DryRunResolver resolver = resolver("io.tributary.api.connector;version=1.0.0");

        assertEquals(1, resolver.unresolved(candidate, List.of()).size());
        assertEquals(List.of(), resolver.unresolved(candidate, List.of(neighbour)));
    }

    @Test
    void aNeighbourThatCannotResolveItselfIsNamedWithItsOwnMissingImport() {
        Resource candidate = FakePlatform.resource("com.acme.widget", "Import-Package", "com.acme.shared");
        Resource neighbour = FakePlatform.resource("com.acme.shared",
                "Export-Package", "com.acme.shared;version=1.1", "Import-Package", "com.acme.gone");

        assertEquals(List.of("imports package com.acme.shared, which only com.acme.shared 1.0.0 provides,"
                        + " and that does not resolve: it imports package com.acme.gone, which neither the"
                        + " platform nor the marketplace provides"),
                resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of(neighbour)));
    }

    @Test
    void optionalDynamicAndActiveTimeRequirementsDoNotFailResolution() {
        Resource candidate = FakePlatform.resource("com.acme.widget",
                "Import-Package", "com.acme.optional;resolution:=optional",
                "DynamicImport-Package", "com.acme.dynamic",
                "Require-Capability", "osgi.service;filter:=\"(objectClass=com.acme.Missing)\";effective:=active");

        assertEquals(List.of(), resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of()));
    }

    @Test
    void theExecutionEnvironmentCountsOnlyWhenThePlatformDescribesIt() {
        Resource candidate = FakePlatform.resource("com.acme.widget",
                "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=21))\"");
        FakePlatform java17 = FakePlatform.exporting("io.tributary.api.connector;version=1.0.0")
                .bundle("system.bundle",
                        "Provide-Capability", "osgi.ee;osgi.ee=JavaSE;version:List<Version>=\"11,17\"");

        assertEquals(List.of(), resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of()));
        assertEquals(List.of("requires the execution environment (&(osgi.ee=JavaSE)(version=21)), which neither the"
                        + " platform nor the marketplace provides"),
                new DryRunResolver(java17).unresolved(candidate, List.of()));
    }

    @Test
    void javaImportsCountOnlyWhenThePlatformExportsJavaPackages() {
        Resource candidate = FakePlatform.resource("com.acme.widget", "Import-Package", "java.util,java.net.http");
        FakePlatform withJava = FakePlatform.exporting("java.util,java.lang");

        assertEquals(List.of(), resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of()));
        assertEquals(List.of("imports package java.net.http, which neither the platform nor the marketplace provides"),
                new DryRunResolver(withJava).unresolved(candidate, List.of()));
    }

    @Test
    void aRequiredBundleAndExtenderAreDescribedInWords() {
        Resource candidate = FakePlatform.resource("com.acme.widget",
                "Require-Bundle", "com.acme.base;bundle-version=\"[2.0,3)\"",
                "Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.5.0))\"");

        assertEquals(List.of("requires bundle com.acme.base (bundle-version>=2.0.0, <3.0.0), which neither the"
                                + " platform nor the marketplace provides",
                        "requires the extender osgi.component (version>=1.5.0), which neither the platform nor the"
                                + " marketplace provides"),
                resolver("io.tributary.api.connector;version=1.0.0").unresolved(candidate, List.of()));
    }

    private static DryRunResolver resolver(String apiExports) {
        return new DryRunResolver(FakePlatform.exporting(apiExports));
    }
}
