package io.quotetrail.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web app in a real browser (Debian's Chromium driven by Playwright; Playwright's own browsers are never
 * downloaded) against the real system: sign in through Keycloak, ingest a seed article, open a quote and its
 * drawn graph, trace a misquote. Screenshots go to target/screenshots.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("quotetrail.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> SCRIPT_ERRORS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static Playwright playwright;
    private static Browser browser;
    /** The quote opened by one test and traced by a later one. */
    private static String openedQuoteId;
    private static String openedQuoteText;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium (Debian package chromium) is needed for the browser test").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // This machine has no outside network: without these, Chromium keeps trying to reach Google.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void anEditorSignsInIngestsASeedArticleAndSeesItsQuotesInPlace() throws IOException {
        try (BrowserContext context = desktop(); Page page = context.newPage()) {
            signIn(page, "/app/ingest", "editor");
            JsonNode seed = seed("seed-003");
            page.getByLabel("Text").fill(Files.readString(seedFile(seed)));
            page.getByLabel("Outlet").fill(seed.path("outlet").asText());
            page.getByLabel("Published").fill(seed.path("publishedAt").asText());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingest")).click();

            page.waitForURL("**/app/articles/**");
            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Ingested");
            Locator marks = page.locator(".text mark");
            assertThat(marks.count()).isGreaterThanOrEqualTo(3);
            assertThat(page.locator(".legend li").allTextContents()).anyMatch(name -> name.contains("Putin"));
            // Each hop of a chain is shown with the sentence that justifies it.
            assertThat(page.locator(".chain blockquote.evidence").count()).isGreaterThan(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article.png")).setFullPage(true));

            // Keyboard: a marked quotation leads to its entry in the list, which leads to the quote.
            marks.first().locator("a").focus();
            page.keyboard().press("Enter");
            assertThat(page.url()).contains("#q-");
        }
    }

    @Test
    @Order(2)
    void aQuoteShowsItsProvenanceGraphVariantsAndTimeline() {
        try (BrowserContext context = desktop(); Page page = context.newPage()) {
            signIn(page, "/app?text=friendship&speaker=Putin", "reader");
            Locator firstHit = page.locator(".quote-list a").first();
            String href = firstHit.getAttribute("href");
            openedQuoteId = href.substring(href.lastIndexOf('/') + 1);
            // Links are followed with the keyboard: Playwright 1.62's mouse clicks on links do not navigate in
            // Debian's Chromium 156 (buttons are fine), and a keyboard user follows them this way anyway.
            firstHit.focus();
            page.keyboard().press("Enter");

            openedQuoteText = page.locator("h1.canonical q").textContent();
            assertThat(page.url()).endsWith("/app/quotes/" + openedQuoteId);
            Locator graph = page.locator("#graph[data-drawn-nodes]");
            graph.waitFor();
            int drawnNodes = Integer.parseInt(graph.getAttribute("data-drawn-nodes"));
            int drawnEdges = Integer.parseInt(graph.getAttribute("data-drawn-edges"));
            assertThat(drawnNodes).as("sources drawn").isGreaterThanOrEqualTo(2);
            assertThat(drawnEdges).as("relays drawn, as many as listed")
                    .isEqualTo(page.locator(".edges li").count());
            assertThat(page.locator("#graph canvas").count()).isGreaterThan(0);
            assertThat(page.locator(".variants li").count()).isGreaterThanOrEqualTo(1);
            assertThat(page.locator(".timeline .badge").textContent()).isEqualTo("first");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("quote.png")).setFullPage(true));
        }
    }

    @Test
    @Order(3)
    void aPastedMisquoteIsTracedBackToTheQuote() {
        assertThat(openedQuoteText).as("set by the previous test").isNotBlank();
        try (BrowserContext context = desktop(); Page page = context.newPage()) {
            signIn(page, "/app/trace", "reader");
            page.getByLabel("Text as seen").fill(misquote(openedQuoteText));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trace")).click();

            Locator best = page.locator(".matches li").first();
            best.waitFor();
            assertThat(best.locator("a").getAttribute("href")).isEqualTo("/app/quotes/" + openedQuoteId);
            // The pasted text's own words are shown as additions to the canonical wording.
            assertThat(best.locator(".diff ins").count() + best.locator(".diff del").count()).isGreaterThan(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trace.png")).setFullPage(true));
        }
    }

    @Test
    @Order(4)
    void articleTextIsShownAsTextNeverRunAsMarkup() {
        try (BrowserContext context = desktop(); Page page = context.newPage()) {
            signIn(page, "/app/ingest", "editor");
            String hostile = "<img src=x onerror=\"window.__injected=1\"><script>window.__injected=2</script>\n"
                    + "The minister said: \"<b>We will</b> never <script>window.__injected=3</script> give up.\"";
            page.getByLabel("Text").fill(hostile);
            page.getByLabel("Outlet").fill("<i>Harbour</i> Post");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingest")).click();
            page.waitForURL("**/app/articles/**");

            assertThat(page.evaluate("() => window.__injected === undefined")).isEqualTo(true);
            assertThat(page.locator(".text").textContent()).contains("<script>window.__injected=2</script>");
            assertThat(page.locator(".text img, .text script, .text b").count()).isZero();
        }
    }

    @Test
    @Order(5)
    void aReaderMayReadButNotIngestAndWorksOnAPhoneScreen() {
        try (BrowserContext context = watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)));
             Page page = context.newPage()) {
            signIn(page, "/app", "reader");
            Response refused = page.navigate(baseUrl() + "/app/ingest");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("h1").textContent()).contains("403");

            page.navigate(baseUrl() + "/app/quotes/" + openedQuoteId);
            page.locator("#graph[data-drawn-nodes]").waitFor();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("no sideways scrolling at 390 px").isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("quote-phone.png")).setFullPage(true));
        }
    }

    @Test
    @Order(6)
    void anEditorGivesASourceAnotherNameAndMergesTwoSources() {
        try (BrowserContext context = desktop(); Page page = context.newPage()) {
            signIn(page, "/app/sources?query=Harbour", "editor");
            Locator harbour = page.locator("table.sources a", new Page.LocatorOptions().setHasText("<i>Harbour</i> Post"));
            harbour.focus();
            page.keyboard().press("Enter");
            page.locator("h1", new Page.LocatorOptions().setHasText("<i>Harbour</i> Post")).waitFor();

            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Names")).fill("Harbour Post Online");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add names")).click();
            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Names added");
            assertThat(page.locator("main li").allTextContents()).contains("Harbour Post Online");

            page.getByLabel("Find the source to keep").fill("Moscow Times");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Merge <i>Harbour</i> Post into The Moscow Times")).click();

            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Merged");
            assertThat(page.locator("h1").textContent()).isEqualTo("The Moscow Times");
            assertThat(page.locator("main").textContent()).contains("<i>Harbour</i> Post", "Harbour Post Online");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("source.png")).setFullPage(true));
        }
    }

    private static BrowserContext desktop() {
        return watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)));
    }

    /** Script errors on any page fail the test that caused them. */
    private static BrowserContext watched(BrowserContext context) {
        context.onPage(page -> {
            page.onPageError(error -> SCRIPT_ERRORS.add(page.url() + ": " + error));
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && !message.text().contains("status of 403")) {
                    SCRIPT_ERRORS.add(page.url() + ": " + message.text());
                }
            });
        });
        return context;
    }

    @org.junit.jupiter.api.AfterEach
    void noScriptErrors() {
        List<String> errors = List.copyOf(SCRIPT_ERRORS);
        SCRIPT_ERRORS.clear();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** Opens a page of the app; Keycloak's sign-in form comes first and leads back to it. */
    private static void signIn(Page page, String path, String user) {
        page.navigate(baseUrl() + path);
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        // Keycloak sends the browser to the app's callback (code=…), which sends it on to the page first asked for.
        page.waitForURL(url -> url.startsWith(baseUrl() + path) && !url.contains("code="));
    }

    /** The text as someone might have copied it: the first word gone, one word changed, no final punctuation. */
    private static String misquote(String canonical) {
        String[] words = canonical.strip().split("\\s+");
        StringBuilder misquoted = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            String word = i == words.length / 2 ? "truly" : words[i];
            misquoted.append(i > 1 ? " " : "").append(word);
        }
        return misquoted.toString().replaceAll("[.,;:!?]+$", "");
    }

    private static String baseUrl() {
        // 127.0.0.1, as registered for the web client (Keycloak accepts any port on the loopback address).
        return "http://127.0.0.1:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    private static JsonNode seed(String id) throws IOException {
        for (String line : Files.readAllLines(corpus().resolve("seeds.manifest.jsonl"))) {
            JsonNode entry = JSON.readTree(line);
            if (id.equals(entry.path("id").asText())) {
                return entry;
            }
        }
        throw new IllegalStateException("No " + id + " in the seed manifest");
    }

    private static Path seedFile(JsonNode seed) {
        return corpus().resolve(seed.path("file").asText());
    }

    /** The seed corpus lives in ../shared beside the checkout. */
    private static Path corpus() {
        Path project = Path.of(System.getProperty("quotetrail.project.dir", "..")).toAbsolutePath().normalize();
        return project.resolveSibling("shared").resolve("corpus");
    }
}
