package io.tributary.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's Chromium, headless, driven by Playwright, against the console of a running distribution. Playwright
 * downloads no browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}); the flags are those a closed network needs.
 * Every page records its script errors and CSP refusals, which fail the test; {@link #screenshot} keeps a picture
 * of each screen under {@code target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("tributary.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<String> failures = new CopyOnWriteArrayList<>();

    ConsoleBrowser(int port) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        baseUrl = "http://127.0.0.1:" + port;
    }

    /** A new browser profile (no session) with a 1280×800 window, or the given size. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.onPageError(error -> failures.add("script error on " + page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                failures.add("CSP refusal on " + page.url() + ": " + message.text());
            }
        });
        return page;
    }

    Page newPage() {
        return newPage(1280, 800);
    }

    /** Signs in through the sign-in page and waits for the console around the first screen. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/");
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByTestId("who-am-i").waitFor();
    }

    static void screenshot(Page page, String test, String screen) {
        try {
            Path folder = SCREENSHOTS.resolve(test);
            Files.createDirectories(folder);
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(screen + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep a screenshot of " + screen, e);
        }
    }

    /** No page had a script error or a CSP refusal. */
    void assertNoFailures() {
        assertEquals(List.of(), failures, "the console's pages failed in the browser");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
