package io.tributary.marketplace.internal.repository;

import static io.tributary.marketplace.internal.catalog.Marketplace.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.marketplace.internal.catalog.Marketplace;
import io.tributary.marketplace.internal.catalog.TestJars;
import io.tributary.store.testing.EachDatabase;

class RepositoryServletTest {

    private static final String GROUP = "/marketplace/repository/io/tributary/marketplace/";

    @EachDatabase
    void servesAVersionsJarWithItsChecksumsAndSignature(Marketplace marketplace) throws Exception {
        ListingVersion version = publishConnector(marketplace, "1.0.0");
        byte[] jar = Files.readAllBytes(marketplace.catalog.artifact("crm", "1.0.0"));

        try (Served served = Served.start(marketplace)) {
            HttpResponse<byte[]> artifact = served.get(GROUP + "crm/1.0.0/crm-1.0.0.jar");
            HttpResponse<byte[]> head = served.send("HEAD", GROUP + "crm/1.0.0/crm-1.0.0.jar");

            assertEquals(200, artifact.statusCode());
            assertEquals("application/java-archive", artifact.headers().firstValue("Content-Type").orElseThrow());
            assertArrayEquals(jar, artifact.body());
            assertEquals(200, head.statusCode());
            assertEquals(String.valueOf(jar.length), head.headers().firstValue("Content-Length").orElseThrow());
            assertEquals(0, head.body().length);
            assertEquals(version.sha256(), served.text(GROUP + "crm/1.0.0/crm-1.0.0.jar.sha256"));
            assertEquals(version.signature(), served.text(GROUP + "crm/1.0.0/crm-1.0.0.jar.sig"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(jar)),
                    served.text(GROUP + "crm/1.0.0/crm-1.0.0.jar.sha1"));
        }
    }

    @EachDatabase
    void servesAFeaturesRepositoryWhoseFeatureNeedsTheDependencies(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        ObjectNode descriptor = TestJars.descriptor("sync", "2.1.0");
        descriptor.putArray("dependencies").addObject().put("listingId", "jdbc").put("range", "[1.0,2.0)");
        marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads, Kind.INTEGRATION, descriptor));

        try (Served served = Served.start(marketplace)) {
            HttpResponse<byte[]> response = served.get(GROUP + "sync/2.1.0/sync-2.1.0-features.xml");
            Element features = xml(response.body()).getDocumentElement();

            assertEquals(200, response.statusCode());
            assertEquals("application/xml; charset=UTF-8",
                    response.headers().firstValue("Content-Type").orElseThrow().replace("utf-8", "UTF-8"));
            assertEquals("http://karaf.apache.org/xmlns/features/v1.6.0", features.getNamespaceURI());
            assertEquals("tributary-marketplace-sync-2.1.0", features.getAttribute("name"));
            Element feature = children(features, "feature").get(0);
            assertEquals(List.of("sync", "2.1.0"), List.of(feature.getAttribute("name"),
                    feature.getAttribute("version")));
            Element dependency = children(feature, "feature").get(0);
            assertEquals(List.of("jdbc", "[1.0,2.0)", "true"), List.of(dependency.getTextContent(),
                    dependency.getAttribute("version"), dependency.getAttribute("dependency")));
            assertEquals("mvn:io.tributary.marketplace/sync/2.1.0",
                    children(feature, "bundle").get(0).getTextContent());
        }
    }

    @EachDatabase
    void mavenMetadataListsTheInstallableVersionsOldestFirst(Marketplace marketplace) throws Exception {
        publishConnector(marketplace, "1.0.0", "1.10.0", "1.2.0");
        marketplace.catalog.yank(ADMIN, "crm", "1.10.0", null);

        try (Served served = Served.start(marketplace)) {
            Element metadata = xml(served.get(GROUP + "crm/maven-metadata.xml").body()).getDocumentElement();

            assertEquals("io.tributary.marketplace", children(metadata, "groupId").get(0).getTextContent());
            assertEquals("crm", children(metadata, "artifactId").get(0).getTextContent());
            Element versioning = children(metadata, "versioning").get(0);
            assertEquals("1.2.0", children(versioning, "latest").get(0).getTextContent());
            assertEquals(List.of("1.0.0", "1.2.0"), children(children(versioning, "versions").get(0), "version")
                    .stream().map(Element::getTextContent).toList());
            assertEquals("20300101080000", children(versioning, "lastUpdated").get(0).getTextContent());
        }
    }

    @EachDatabase
    void aYankedVersionIsGone(Marketplace marketplace) throws Exception {
        publishConnector(marketplace, "1.0.0");
        marketplace.catalog.yank(ADMIN, "crm", "1.0.0", "Broken");

        try (Served served = Served.start(marketplace)) {
            for (String file : List.of("crm-1.0.0.jar", "crm-1.0.0.jar.sig", "crm-1.0.0-features.xml")) {
                assertProblem(served.get(GROUP + "crm/1.0.0/" + file), 410);
            }
        }
    }

    @EachDatabase
    void unknownPathsListingsAndVersionsAreProblemsAndWritesAreRefused(Marketplace marketplace) throws Exception {
        publishConnector(marketplace, "1.0.0");

        try (Served served = Served.start(marketplace)) {
            assertProblem(served.get(GROUP + "crm/2.0.0/crm-2.0.0.jar"), 404);
            assertProblem(served.get(GROUP + "crm/1.0.0/other-1.0.0.jar"), 404);
            assertProblem(served.get(GROUP + "nope/maven-metadata.xml"), 404);
            assertProblem(served.get("/marketplace/repository/org/example/x.jar"), 404);
            HttpResponse<byte[]> put = served.send("PUT", GROUP + "crm/1.0.0/crm-1.0.0.jar");
            assertProblem(put, 405);
            assertEquals("GET, HEAD", put.headers().firstValue("Allow").orElseThrow());
        }
    }

    private static ListingVersion publishConnector(Marketplace marketplace, String... versions) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        ListingVersion last = null;
        for (String version : versions) {
            last = marketplace.publish(ADMIN, acme, marketplace.connector("crm", version));
        }
        return last;
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) throws Exception {
        assertEquals(status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals("about:blank", problem.path("type").asText());
        assertEquals(List.of(true, true),
                List.of(problem.path("title").isTextual(), problem.path("detail").isTextual()));
    }

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The servlet in a Jetty on a free port, at the path the HTTP whiteboard gives it. */
    private record Served(Server server, HttpClient client) implements AutoCloseable {

        static Served start(Marketplace marketplace) throws Exception {
            Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder("tributary-marketplace-repository",
                    new RepositoryServlet(marketplace.catalog)), RepositoryServlet.PATH + "/*");
            server.setHandler(context);
            server.start();
            return new Served(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return send("GET", path);
        }

        String text(String path) throws Exception {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode());
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        HttpResponse<byte[]> send(String method, String path) throws Exception {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        @Override
        public void close() throws Exception {
            server.stop();
        }
    }
}
