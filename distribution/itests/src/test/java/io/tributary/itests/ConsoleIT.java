package io.tributary.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.tributary.itests.Tributary.created;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;

import io.tributary.itests.bundles.TestBundles;

/**
 * The web console of the real distribution in headless Chromium, used only through its pages: what a new user does
 * first (install a prebuilt integration, watch its runs, work its error queue), what a monitor may not do, and how
 * bad input is shown. Every screen visited is kept as a screenshot under {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

    private final String adminPassword = "it-" + UUID.randomUUID();
    private Tributary tributary;
    private ConsoleBrowser browser;
    private HttpServer target;
    /** The status the notification target answers: 201, or 422 to make the flow's records fail. */
    private final AtomicInteger targetStatus = new AtomicInteger(201);
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Path home = Files.createTempDirectory("console-it");
        tributary = new Tributary(UnpackedDistribution.unpack(Path.of(System.getProperty("tributary.distribution")), home),
                adminPassword).start();
        // the first start publishes the shipped connectors and integrations to the local marketplace
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> tributary.admin.get("/api/v1/marketplace/listings/webhook-http-notification").status() == 200);
        browser = new ConsoleBrowser(tributary.distribution.httpPort);
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/notifications", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = targetStatus.get();
            if (status < 300) {
                delivered.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        target.start();
    }

    @AfterEach
    void noScriptErrors() {
        browser.assertNoFailures();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (target != null) {
                target.stop(0);
            }
            if (browser != null) {
                browser.close();
            }
        } finally {
            tributary.shutDown();
        }
    }

    @Test
    void aNewUserInstallsTheWebhookNotificationAndWorksItsErrorQueue() throws Exception {
        String test = "first-integration";
        Page page = browser.newPage();
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/console/sign-in.*"));
        ConsoleBrowser.screenshot(page, test, "01-sign-in");
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        ConsoleBrowser.screenshot(page, test, "02-dashboard-empty");

        // the marketplace: the listing, then its install wizard
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalog")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhook → HTTP notification")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Install into a workspace")).waitFor();
        ConsoleBrowser.screenshot(page, test, "03-listing");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Install into a workspace")).click();
        page.getByLabel("Workspace name").fill("Notifications");
        ConsoleBrowser.screenshot(page, test, "04-wizard-settings");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        ConsoleBrowser.screenshot(page, test, "05-wizard-install");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Install").setExact(true)).click();

        // its one slot, filled with a new HTTP connection to the test's server
        page.getByLabel("Connection name").fill("Notification target");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Base URL")).fill(
                "http://127.0.0.1:" + target.getAddress().getPort());
        ConsoleBrowser.screenshot(page, test, "06-wizard-connection");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable flows")).click();
        assertThat(page.getByText("Every flow is enabled.")).isVisible();
        String hookUrl = page.locator(".hook-url code").textContent().trim();
        ConsoleBrowser.screenshot(page, test, "07-wizard-enabled");

        // an event posted to its hook runs the flow, which the runs screen shows succeeding
        assertEquals(202, postEvent(hookUrl, "{\"id\": 1, \"order\": \"A-1\"}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runs")).click();
        Locator runs = page.locator("table tbody tr");
        reloadUntil(page, () -> runs.filter(new Locator.FilterOptions().setHasText("succeeded")).count() == 1);
        ConsoleBrowser.screenshot(page, test, "08-runs");
        runs.first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByText("succeeded").first()).isVisible();
        ConsoleBrowser.screenshot(page, test, "09-run-detail");
        assertEquals(1, delivered.size(), delivered::toString);

        // the target fails: the event's error waits in the queue; edited and retried once the target is back
        targetStatus.set(422);
        assertEquals(202, postEvent(hookUrl, "{\"id\": 2, \"order\": \"A-2\"}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Errors")).click();
        Locator errors = page.locator("table tbody tr");
        reloadUntil(page, () -> errors.count() == 1);
        assertThat(errors.first()).containsText("HTTP 422");
        ConsoleBrowser.screenshot(page, test, "10-error-queue");
        errors.first().getByRole(AriaRole.LINK).first().click();
        Locator record = page.getByLabel("Record to send");
        record.fill("{\"id\": 2, \"order\": \"A-2 corrected\"}");
        ConsoleBrowser.screenshot(page, test, "11-error-edit");
        targetStatus.set(201);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry").setExact(true)).click();
        assertThat(page.getByText("resolved").first()).isVisible();
        ConsoleBrowser.screenshot(page, test, "12-error-resolved");
        assertTrue(delivered.get(delivered.size() - 1).contains("A-2 corrected"), delivered::toString);

        // the dashboard counts both runs
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
        page.waitForFunction("() => performance.getEntriesByName('dashboard-ready').length > 0");
        ConsoleBrowser.screenshot(page, test, "13-dashboard");
        double firstLoad = firstLoadOfTheDashboard();
        System.out.printf("Dashboard first load in the browser: %.0f ms%n", firstLoad);
        Files.writeString(Path.of("target", "console-screenshots", "dashboard-first-load.txt"),
                String.format("%.0f ms from navigation start to dashboard-ready%n", firstLoad));
    }

    /** A fresh page that opens the dashboard of a signed-in session: the time to its data on screen. */
    private double firstLoadOfTheDashboard() {
        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        page.navigate("/console/");
        page.waitForFunction("() => performance.getEntriesByName('dashboard-ready').length > 0");
        return ((Number) page.evaluate("() => performance.getEntriesByName('dashboard-ready')[0].startTime")).doubleValue();
    }

    @Test
    void aMonitorSeesNoEditControlsAndIsToldWhatIsNotAllowed() {
        String test = "monitor";
        Http admin = tributary.admin;
        String workspace = workspaceWithAWebhookFlow("Monitored", "Watched flow")[0];
        String password = "monitor-" + UUID.randomUUID();
        String user = created(admin.postJson("/api/v1/users", """
                {"username": "watcher", "password": "%s", "email": "watcher@example.com", "tenantRole": "member"}
                """.formatted(password))).path("id").asText();
        assertEquals(200, admin.putJson("/api/v1/workspaces/" + workspace + "/members/" + user, "{\"role\": \"monitor\"}").status());

        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "watcher", password);
        page.navigate("/console/flows?workspace=" + workspace);
        Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("Watched flow")));
        assertThat(row).isVisible();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run now"))).isVisible();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New flow"))).hasCount(0);
        ConsoleBrowser.screenshot(page, test, "01-flows");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Watched flow")).click();
        assertThat(page.locator("input[name='name']")).not().isEditable();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).hasCount(0);
        ConsoleBrowser.screenshot(page, test, "02-flow-read-only");

        // a screen the API refuses them: shown as not allowed, not as a crash
        page.navigate("/console/users");
        assertThat(page.getByText("Not allowed")).isVisible();
        ConsoleBrowser.screenshot(page, test, "03-users-not-allowed");
        // another tenant's or an unknown id: not found
        page.navigate("/console/flows/flow_doesnotexist");
        assertThat(page.getByText("Not found").first()).isVisible();
        ConsoleBrowser.screenshot(page, test, "04-flow-not-found");
    }

    @Test
    void theSessionLivesInThisTabOnlyAndSigningOutEndsItOnTheServer() {
        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        String token = (String) page.evaluate("() => JSON.parse(sessionStorage.getItem('tributary.session')).token");
        Http withToken = new Http(tributary.distribution.httpPort).withToken(token);
        assertEquals(200, withToken.get("/api/v1/me").status());
        assertEquals(List.of(), page.context().cookies(), "no cookie carries the session");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/console/sign-in.*"));
        assertEquals(401, withToken.get("/api/v1/me").status(), "the token is dead on the server too");
        assertEquals(null, page.evaluate("() => sessionStorage.getItem('tributary.session')"));
        page.navigate("/console/flows");
        assertThat(page).hasURL(Pattern.compile(".*/console/sign-in\\?next=.*flows.*"));
        ConsoleBrowser.screenshot(page, "sign-out", "01-signed-out");
    }

    @Test
    void aBadFlowDefinitionInTheJsonTabMarksEveryFieldTheApiNames() {
        String test = "bad-flow";
        String flow = workspaceWithAWebhookFlow("Drafts", "Draft flow")[1];
        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        page.navigate("/console/flows/" + flow);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("JSON")).click();
        Locator json = page.locator("textarea.code").first();
        json.fill("""
                {"name": "", "trigger": {"type": "sometimes"}, "steps": [{"type": "map"}], "destinations": []}
                """);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
        assertThat(page.getByText("Please check the marked fields")).isVisible();
        ConsoleBrowser.screenshot(page, test, "01-json-refused");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Form")).click();
        assertThat(page.locator("[data-field-error='name']")).isVisible();
        assertThat(page.locator("[data-field-error='trigger.type']")).isVisible();
        assertThat(page.locator("[aria-invalid='true']").first()).isVisible();
        ConsoleBrowser.screenshot(page, test, "02-form-marked");
    }

    @Test
    void anUploadedBrokenConnectorShowsEveryReasonItWasRefused() throws Exception {
        String test = "broken-connector";
        byte[] broken = TestBundles.connector("broken-it", "1.0.0")
                .entry("OSGI-INF/tributary/connector.json", "{\"id\": \"broken-it\", \"operations\": 7}".getBytes(StandardCharsets.UTF_8))
                .build();
        Path jar = Files.createTempFile("broken-connector", ".jar");
        Files.write(jar, broken);
        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Installed")).click();
        page.getByLabel("Connector jar").setInputFiles(jar);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        Locator refusal = page.locator(".problem").last();
        assertThat(refusal).isVisible();
        assertThat(refusal).containsText("operations");
        ConsoleBrowser.screenshot(page, test, "01-refused");
    }

    @Test
    void everyScreenOpensAtItsDeepLinkAndSurvivesAReload() throws Exception {
        Http admin = tributary.admin;
        String[] made = workspaceWithAWebhookFlow("Tour", "Tour flow");
        String workspace = made[0];
        String flow = made[1];
        assertEquals(200, admin.postJson("/api/v1/flows/" + flow + "/enable", "{}").status());
        targetStatus.set(422);
        try {
            assertEquals(202, postEvent(admin.get("/api/v1/flows/" + flow).json().path("hookUrl").asText(), "{\"id\": 7}"));
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/v1/errors?flow=" + flow).json().path("items").size() == 1);
        } finally {
            targetStatus.set(201);
        }
        String run = admin.get("/api/v1/runs?flow=" + flow).json().path("items").get(0).path("id").asText();
        String error = admin.get("/api/v1/errors?flow=" + flow).json().path("items").get(0).path("id").asText();
        String connection = admin.get("/api/v1/connections?workspace=" + workspace).json().path("items").get(0).path("id").asText();
        String integration = created(admin.postJson("/api/v1/integrations",
                "{\"listingId\": \"webhook-http-notification\", \"workspaceName\": \"Tour notifications\"}")).path("id").asText();

        Page page = browser.newPage();
        ConsoleBrowser.signIn(page, "admin", adminPassword);
        // a ?workspace= link chooses the workspace the list screens then show
        page.navigate("/console/?workspace=" + workspace);
        assertThat(page.locator("#workspace-switcher")).hasValue(workspace);
        String[][] screens = {
                {"01-dashboard", "/console/"}, {"02-flows", "/console/flows"}, {"03-flow-editor", "/console/flows/" + flow},
                {"04-flow-json", "/console/flows/" + flow + "?tab=json"}, {"05-flow-preview", "/console/flows/" + flow + "?tab=preview"},
                {"06-new-flow", "/console/flows/new?workspace=" + workspace}, {"07-runs", "/console/runs"},
                {"08-run-detail", "/console/runs/" + run}, {"09-errors", "/console/errors"},
                {"10-error-detail", "/console/errors/" + error}, {"11-connections", "/console/connections"},
                {"12-connection-editor", "/console/connections/" + connection},
                {"13-new-connection", "/console/connections/new?workspace=" + workspace},
                {"14-marketplace", "/console/marketplace"}, {"15-listing-connector", "/console/marketplace/jdbc"},
                {"16-listing-integration", "/console/marketplace/webhook-http-notification"},
                {"17-installed", "/console/installed"}, {"18-integrations", "/console/integrations"},
                {"19-integration", "/console/integrations/" + integration},
                {"20-integration-wizard", "/console/integrations/install/webhook-http-notification"},
                {"21-users", "/console/users"}, {"22-workspaces", "/console/workspaces"},
                {"23-workspace", "/console/workspaces/" + workspace}, {"24-tokens", "/console/tokens"},
                {"25-tenants", "/console/tenants"}, {"26-audit", "/console/audit"},
                {"27-trusted-publishers", "/console/trusted-publishers"}, {"28-health", "/console/health"}};
        for (String[] screen : screens) {
            page.navigate(screen[1]);
            assertScreenShown(page, screen[1]);
            page.reload();
            assertScreenShown(page, screen[1]);
            ConsoleBrowser.screenshot(page, "every-screen", screen[0]);
        }
        Page narrow = browser.newPage(390, 844);
        ConsoleBrowser.signIn(narrow, "admin", adminPassword);
        for (String[] screen : new String[][] {{"narrow-dashboard", "/console/"}, {"narrow-flows", "/console/flows"},
                {"narrow-error-detail", "/console/errors/" + error}}) {
            narrow.navigate(screen[1]);
            assertScreenShown(narrow, screen[1]);
            ConsoleBrowser.screenshot(narrow, "every-screen", screen[0]);
        }
    }

    /** The screen's heading is up, it finished loading, and it shows no error. */
    private static void assertScreenShown(Page page, String path) {
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("main .state.loading")).hasCount(0);
        assertThat(page.locator("main .problem")).hasCount(0);
        assertTrue(page.url().contains(path.replaceFirst("\\?.*", "")), page.url() + " is not " + path);
    }

    /**
     * A workspace with an HTTP connection to the test's server and a webhook flow sending to it, made over REST
     * (the HTTP connector installed from the marketplace first).
     * @return the workspace's and the flow's ids
     */
    private String[] workspaceWithAWebhookFlow(String workspaceName, String flowName) {
        Http admin = tributary.admin;
        if (admin.get("/api/v1/connectors/http/1.0.0").status() != 200) {
            created(admin.postJson("/api/v1/marketplace/install", "{\"listingId\": \"http\"}"));
        }
        String workspace = created(admin.postJson("/api/v1/workspaces", "{\"name\": \"" + workspaceName + "\"}")).path("id").asText();
        String connection = created(admin.postJson("/api/v1/connections", """
                {"workspaceId": "%s", "connector": {"id": "http", "version": "1.0.0"}, "name": "target",
                 "config": {"baseUrl": "http://127.0.0.1:%d"}}
                """.formatted(workspace, target.getAddress().getPort()))).path("id").asText();
        String flow = created(admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "%s", "trigger": {"type": "webhook"},
                 "destinations": [{"name": "target", "connection": "%s", "operation": "send", "mode": "insert",
                                   "config": {"path": "/notifications"}}]}
                """.formatted(workspace, flowName, connection))).path("id").asText();
        return new String[] {workspace, flow};
    }

    private static int postEvent(String hookUrl, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(hookUrl))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Reloads the screen until the condition holds: runs and errors appear as the engine gets to them. */
    private static void reloadUntil(Page page, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            page.waitForLoadState();
            page.locator("main h1").waitFor();
            page.waitForTimeout(300);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ConsoleBrowser.screenshot(page, "failures", "never-showed-" + System.currentTimeMillis());
                throw new AssertionError("the screen never showed it: " + page.locator("main").innerText());
            }
            page.reload();
        }
    }
}
