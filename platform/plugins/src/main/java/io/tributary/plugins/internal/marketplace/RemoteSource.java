package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.ProblemException;

/**
 * A marketplace on another node, asked over its REST API with a bearer token; artifacts come from its Maven-layout
 * repository, which needs none. Every failure is a 502 naming the marketplace; the token is never shown.
 */
final class RemoteSource implements MarketplaceSource {

    /** No download is kept beyond this, whatever the marketplace sends. */
    static final long MAX_ARTIFACT_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSource.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);
    private static final String API = "/api/v1/marketplace";
    private static final String REPOSITORY = "/marketplace/repository/io/tributary/marketplace/";

    private final String name;
    private final String base;
    private final String token;
    private final HttpClient http;

    /** @param token the bearer token, or null for a marketplace that answers without one */
    RemoteSource(String name, URI base, String token) {
        this.name = name;
        this.base = base.toString().replaceAll("/+$", "");
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        JsonNode listing = getJson(API + "/listings/" + Ids.requirePlain(listingId));
        if (listing == null) {
            return List.of();
        }
        try {
            return RemoteJson.versions(listing, listingId);
        } catch (IllegalArgumentException e) {
            throw unexpectedAnswer("listing " + listingId, e);
        }
    }

    @Override
    public Publisher publisher(String publisherId) {
        JsonNode publisher = getJson(API + "/publishers/" + Ids.requirePlain(publisherId));
        if (publisher == null) {
            throw Problems.notFound("marketplace " + name + " has no publisher " + publisherId);
        }
        try {
            return RemoteJson.publisher(publisher);
        } catch (IllegalArgumentException e) {
            throw unexpectedAnswer("publisher " + publisherId, e);
        }
    }

    @Override
    public void download(String listingId, String version, Path target) throws IOException {
        String file = Ids.requirePlain(listingId) + "-" + Ids.requirePlain(version) + ".jar";
        String path = REPOSITORY + listingId + "/" + version + "/" + file;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(DOWNLOAD_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), path);
        try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(target)) {
            if (response.statusCode() != 200) {
                throw failedStatus("GET " + path, response.statusCode());
            }
            copyAtMost(body, out, MAX_ARTIFACT_BYTES);
        }
    }

    @Override
    public void countInstall(String listingId, String version) {
        String path = API + "/listings/" + Ids.requirePlain(listingId) + "/versions/" + Ids.requirePlain(version)
                + "/installs";
        HttpRequest request = authorized(path).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response = send(request, HttpResponse.BodyHandlers.discarding(), path);
        if (response.statusCode() / 100 != 2) {
            LOG.info("Marketplace {} did not count the install of {} {}: HTTP {}", name, listingId, version,
                    response.statusCode());
        }
    }

    /** The JSON at a path of the API, or null when it answers 404. */
    private JsonNode getJson(String path) {
        HttpRequest request = authorized(path).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), path);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw failedStatus("GET " + path, response.statusCode());
        }
        try {
            JsonNode json = MAPPER.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw Problems.badGateway("marketplace " + name + " answered GET " + path + " with something that is not"
                    + " the expected JSON: " + e.getMessage());
        }
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(CALL_TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String path) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw Problems.badGateway("marketplace " + name + " (" + base + ") cannot be reached for " + path + ": "
                    + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.badGateway("interrupted while asking marketplace " + name + " for " + path);
        }
    }

    private ProblemException failedStatus(String call, int status) {
        if (status == 401 || status == 403) {
            return Problems.badGateway("marketplace " + name + " refused " + call + " (HTTP " + status + "): check"
                    + " its token in " + MarketplacesConfig.PID + ".cfg");
        }
        return Problems.badGateway("marketplace " + name + " answered HTTP " + status + " to " + call);
    }

    private ProblemException unexpectedAnswer(String what, IllegalArgumentException e) {
        return Problems.badGateway("marketplace " + name + " described " + what + " in an unexpected way: "
                + e.getMessage());
    }

    private void copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > maxBytes) {
                throw new IOException("marketplace " + name + " sent more than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }
}
