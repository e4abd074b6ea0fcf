package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;

/** Boots the real distribution archive for Pax Exam tests, on free ports, and talks to it over HTTP. */
public abstract class TributaryTestSupport {

    static final Duration STARTUP = Duration.ofSeconds(90);

    private static final String HTTP_PORT = "tributary.itest.http.port";
    /** Paths of artifacts built in this reactor that tests install, handed into the container. */
    private static final String[] ARTIFACT_PROPERTIES = {"tributary.connector.http.jar", "tributary.connector.jdbc.jar"};

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    private Http admin;

    @Configuration
    public Option[] config() {
        String httpPort = Integer.toString(FreePort.next());
        String localRepository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("tributary.distribution")).toURI().toString())
                .name("Tributary")
                .unpackDirectory(new File("target/pax-exam"))
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(FreePort.next())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            systemProperty(HTTP_PORT).value(httpPort),
            artifactPath(ARTIFACT_PROPERTIES[0]),
            artifactPath(ARTIFACT_PROPERTIES[1]),
            mavenBundle(maven("org.awaitility", "awaitility").versionAsInProject()),
            mavenBundle(maven("org.hamcrest", "hamcrest").versionAsInProject()),
        };
    }

    private static Option artifactPath(String property) {
        return systemProperty(property).value(System.getProperty(property, ""));
    }

    protected Http http() {
        return new Http(Integer.parseInt(System.getProperty(HTTP_PORT)));
    }

    /**
     * A client signed in as the bootstrap administrator (owner of the default tenant, operator), with the password
     * the first start generated into data/initial-admin-password, as a new user would find it.
     */
    protected Http admin() {
        if (admin == null) {
            admin = signInAsAdmin();
        }
        return admin;
    }

    private Http signInAsAdmin() {
        awaitHealthy();
        Path passwordFile = Path.of(System.getProperty("karaf.data"), "initial-admin-password");
        String password = await().atMost(STARTUP).ignoreExceptions()
                .until(() -> Files.readString(passwordFile).trim(), text -> !text.isEmpty());
        Http.Response login = http().postJson("/api/v1/auth/login",
                "{\"username\": \"admin\", \"password\": \"" + password + "\"}");
        if (login.status() != 200) {
            throw new AssertionError("admin sign-in failed: " + login.body());
        }
        Http signedIn = http().withToken(login.json().path("token").asText());
        ApiReadiness.awaitServices(signedIn);
        return signedIn;
    }

    protected Http.Response awaitHealthy() {
        Http http = http();
        return await().atMost(STARTUP).ignoreExceptions()
                .until(() -> http.get("/api/v1/health"), response -> response.status() == 200);
    }

    /**
     * Runs a Karaf shell command as the console would and returns what it printed. Commands register once the
     * services they use are there, which may be a moment after health is UP: until then, it tries again.
     */
    protected String execute(String command) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                Session session = sessionFactory.create(System.in, out, out);
                session.execute(command);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                // matched by name: the probe need not import the shell runtime's package for it
                if (!e.getClass().getSimpleName().equals("CommandNotFoundException") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
