package io.tributary.marketplace.internal.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.marketplace.internal.repository.RepositoryPath.Checksum;

/**
 * The marketplace's artifacts as a read-only Maven repository under {@value #PATH}, for Karaf to install from:
 * {@code io/tributary/marketplace/<id>/<version>/<id>-<version>.jar} with {@code .jar.sha256} and
 * {@code .jar.sig} (the publisher's signature, Base64), {@code <id>-<version>-features.xml} (a features repository
 * with one feature), and {@code io/tributary/marketplace/<id>/maven-metadata.xml}. Yanked versions answer 410.
 *
 * <p>Open to anyone who reaches the port, like any Maven repository: what it serves is public by nature and signed,
 * and runtimes check every artifact's SHA-256 and signature against the publisher's pinned key before installing.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + RepositoryServlet.PATH + "/*",
        "osgi.http.whiteboard.servlet.name=tributary-marketplace-repository",
        // re-registered by the REST bundle's WhiteboardWatch if the whiteboard leaves it unserved
        "tributary.http.watched=true"})
public final class RepositoryServlet extends HttpServlet {

    public static final String PATH = "/marketplace/repository";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RepositoryServlet.class);
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String XML = "application/xml; charset=UTF-8";

    private final transient MarketplaceCatalog catalog;

    @Activate
    public RepositoryServlet(@Reference MarketplaceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            ProblemResponses.write(response, 405, "Method Not Allowed", "The marketplace repository is read-only.");
            return;
        }
        try {
            serve(request, response);
        } catch (ProblemException e) {
            ProblemResponses.write(response, e.problem().status(), e.problem().title(), e.problem().detail());
        } catch (RuntimeException e) {
            LOG.error("The marketplace repository failed to answer {}", request.getRequestURI(), e);
            ProblemResponses.write(response, 500, "Internal Server Error", "The marketplace repository failed.");
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RepositoryPath path = RepositoryPath.parse(request.getPathInfo());
        if (path == null) {
            ProblemResponses.write(response, 404, "Not Found", "The marketplace repository has nothing at "
                    + request.getRequestURI() + ".");
            return;
        }
        Served served = path.version() == null ? metadata(path.listingId()) : versionFile(path);
        if (served == null) {
            ProblemResponses.write(response, 410, "Gone", "Version " + path.version() + " of '" + path.listingId()
                    + "' was yanked: it is no longer installable.");
            return;
        }
        if (path.checksum() != null) {
            served = new Served(TEXT, checksum(served, path.checksum()), null);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(served.contentType());
        if (served.file() != null) {
            response.setContentLengthLong(Files.size(served.file()));
            if (!"HEAD".equals(request.getMethod())) {
                Files.copy(served.file(), response.getOutputStream());
            }
        } else {
            response.setContentLength(served.bytes().length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(served.bytes());
            }
        }
    }

    private Served metadata(String listingId) {
        List<ListingVersion> versions = catalog.versions(listingId);
        if (versions.isEmpty()) {
            throw new ProblemException(Problem.of(404, "Not Found", "No listing '" + listingId
                    + "' in this marketplace."));
        }
        List<ListingVersion> installable = versions.stream().filter(version -> version.status().installable())
                .toList();
        String latest = installable.isEmpty() ? null : installable.get(0).version();
        return Served.text(XML, RepositoryDocuments.metadata(listingId, installable, latest));
    }

    /** The file, or null when the version is yanked. */
    private Served versionFile(RepositoryPath path) {
        ListingVersion version = catalog.version(path.listingId(), path.version());
        if (version.status() == VersionStatus.YANKED) {
            return null;
        }
        return switch (path.file()) {
            case JAR -> new Served("application/java-archive", null,
                    catalog.artifact(path.listingId(), path.version()));
            case SHA256 -> Served.text(TEXT, version.sha256());
            case SIGNATURE -> Served.text(TEXT, version.signature());
            case FEATURES -> Served.text(XML, RepositoryDocuments.features(version));
        };
    }

    private static byte[] checksum(Served served, Checksum checksum) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance(checksum.algorithm);
            if (served.file() == null) {
                digest.update(served.bytes());
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(served.file()), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + checksum.algorithm, e);
        }
    }

    /** What a path serves: bytes, or a stored file. */
    private record Served(String contentType, byte[] bytes, Path file) {

        static Served text(String contentType, String text) {
            return new Served(contentType, text.getBytes(StandardCharsets.UTF_8), null);
        }
    }
}
