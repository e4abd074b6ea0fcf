package io.tributary.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import io.tributary.api.store.Store;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.rest.internal.auth.AuthenticationFilter;
import io.tributary.rest.internal.auth.OperatorsOnlyFilter;
import io.tributary.rest.internal.body.BodyLimitFilter;
import io.tributary.rest.internal.health.HealthResource;
import io.tributary.rest.internal.identity.AuthResource;
import io.tributary.rest.internal.idempotency.IdempotencyCache;
import io.tributary.rest.internal.idempotency.IdempotencyFilter;
import io.tributary.rest.internal.openapi.OpenApiResource;
import io.tributary.rest.internal.problem.JsonProcessingExceptionMapper;
import io.tributary.rest.internal.problem.ProblemProviders;
import io.tributary.rest.internal.problem.WebApplicationExceptionMapper;
import io.tributary.rest.internal.validation.RequiredFieldsInterceptor;

/** Builds the JAX-RS application served under {@value #BASE_PATH}: built-in parts plus contributed resources. */
public final class ApiApplication {

    public static final String BASE_PATH = "/api/v1";

    private final Supplier<Optional<Store>> store;
    private final Supplier<Optional<IdentityService>> identity;
    private final String version;
    private final long maxJsonBodyBytes;
    private final Path uploadDirectory;
    // outlives the containers: a swap must not forget the keys already answered
    private final IdempotencyCache idempotency = IdempotencyCache.standard();

    /**
     * @param store            the database, absent while the store bundle is not running
     * @param identity         the identity service, absent while the tenancy bundle is not running
     * @param maxJsonBodyBytes the largest request body of an endpoint that takes no uploads
     * @param uploadDirectory  where uploads wait while their request runs; null for the system's default
     */
    public ApiApplication(Supplier<Optional<Store>> store, Supplier<Optional<IdentityService>> identity,
                          String version, long maxJsonBodyBytes, Path uploadDirectory) {
        this.store = store;
        this.identity = identity;
        this.version = version;
        this.maxJsonBodyBytes = maxJsonBodyBytes;
        this.uploadDirectory = uploadDirectory;
    }

    /**
     * The one JSON configuration of the API: java.time support, ISO-8601 text instead of numeric timestamps, and a
     * key given twice in one object refused rather than the last one silently winning.
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }

    /** The platform version, written into {@code version.properties} by Maven resource filtering. */
    public static String projectVersion() {
        try (InputStream in = ApiApplication.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the bundle");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new configuration every time: Jersey does not let a used one be changed or reused. */
    public ResourceConfig configure(Collection<Object> contributed) {
        ResourceConfig config = new ResourceConfig();
        configureJersey(config);
        registerProviders(config);
        config.register(new HealthResource(store, version, servesSignIn(contributed)));
        contributed.forEach(config::register);
        config.register(OpenApiResource.of(resourceClasses(contributed), version, BASE_PATH));
        return config;
    }

    private static void configureJersey(ResourceConfig config) {
        // only what is registered here: no provider picked up from whatever else is installed
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        // WADL needs JAXB, which the container does not give Jersey
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // map failures while writing a response too, and never let the servlet container render an error page
        config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }

    private void registerProviders(ResourceConfig config) {
        JacksonJsonProvider json = new JacksonJsonProvider(objectMapper());
        json.disable(JaxRSFeature.ALLOW_EMPTY_INPUT); // an empty body is a bad request, not a null argument
        config.register(json);
        // multipart/form-data bodies (marketplace uploads); parts above a few KiB are buffered in files, not memory
        config.register(MultiPartFeature.class);
        config.register(new ProblemProviders.ProblemExceptionMapper());
        config.register(new ProblemProviders.BodyTooLargeMapper());
        config.register(new ProblemProviders.UnexpectedExceptionMapper());
        config.register(new ProblemProviders.EmptyErrorBodyFilter());
        config.register(new WebApplicationExceptionMapper());
        config.register(new JsonProcessingExceptionMapper());
        config.register(new RequiredFieldsInterceptor());
        // in the order they run: who calls, whether they may, how much may be read, and only then the body
        config.register(new AuthenticationFilter(identity));
        config.register(new OperatorsOnlyFilter());
        config.register(new BodyLimitFilter(maxJsonBodyBytes, uploadDirectory));
        config.register(new IdempotencyFilter(idempotency));
    }

    private static boolean servesSignIn(Collection<Object> contributed) {
        return contributed.stream().anyMatch(AuthResource.class::isInstance);
    }

    private static Set<Class<?>> resourceClasses(Collection<Object> contributed) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(HealthResource.class);
        classes.add(OpenApiResource.class);
        contributed.forEach(resource -> classes.add(resource.getClass()));
        return classes;
    }
}
