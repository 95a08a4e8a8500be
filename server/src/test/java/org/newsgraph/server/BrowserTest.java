package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.store.StoreTesting;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium, driven by Selenium with the Debian chromium and chromium-driver packages
 * ({@code ./kg test} installs them): a reader's path from the home page through search to a person, a meeting and
 * the other participant; the pictures render; the hostile article runs nothing. Full-page screenshots of the main
 * pages go to {@code test-artifacts/screenshots/} (git-ignored) for people to look at.
 */
@ExtendWith(TestGraph.Extension.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static TestGraph graph;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static Path profile;
    static Path shots;

    @BeforeAll
    static void startBrowser() throws IOException {
        graph = TestGraph.get();
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and "
                    + "chromium-driver; ./kg test installs them)");
        }
        profile = Files.createTempDirectory("newsgraph-chromium-");
        shots = StoreTesting.home().resolve("test-artifacts").resolve("screenshots");
        Files.createDirectories(shots);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,1000",
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void fromHomeSearchBlinkenThenTheRamallahMeetingThenAbbas() throws IOException {
        driver.get(graph.url());
        assertEquals("Newsgraph", h1());
        screenshot("home");
        WebElement box = driver.findElement(By.cssSelector("form.search-big input[name=q]"));
        box.sendKeys("Blinken", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("search?q=Blinken"));
        screenshot("search");
        driver.findElement(By.xpath("//ul[@class='results']//a[normalize-space()='Antony Blinken']")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Antony Blinken"));
        assertTrue(driver.findElement(By.id("offices")).getText().contains("Secretary of State of the United States"));
        screenshot("person");

        WebElement card = driver.findElement(By.xpath("//section[@id='meetings']//article"
                + "[.//a[contains(@href, 'id/place/city-ramallah')]]"));
        assertTrue(card.getText().contains("Mahmoud Abbas"), card.getText());
        card.findElement(By.cssSelector("a.fact-link")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Antony Blinken and Mahmoud Abbas"));
        assertTrue(driver.getCurrentUrl().endsWith("/" + LinkedDataTest.RAMALLAH_MEETING), driver.getCurrentUrl());
        WebElement lead = driver.findElement(By.cssSelector(".page-head .lead"));
        assertTrue(lead.getText().contains("Sun 5 Nov 2023") && lead.getText().contains("Ramallah"), lead.getText());
        List<WebElement> quotes = driver.findElements(By.cssSelector("#evidence figure.quote"));
        assertFalse(quotes.isEmpty(), "the sentences that state the meeting");
        WebElement ramallahQuote = quotes.stream().filter(q -> q.getText().contains("Ramallah")).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence sentence mentions Ramallah"));
        assertTrue(ramallahQuote.isDisplayed());
        assertFalse(ramallahQuote.findElements(By.cssSelector("blockquote .m-place")).isEmpty(), "the place is marked");
        assertFalse(ramallahQuote.findElements(By.cssSelector("figcaption a.in-context")).isEmpty(),
                "the sentence is linked in its article");
        assertFalse(ramallahQuote.findElements(By.xpath("./ancestor::div[@class='source-group']/h3/a[contains(@href, "
                + "'id/article/')]")).isEmpty(), "the article is named and linked");
        screenshot("meeting");

        driver.findElement(By.cssSelector("#participants a[href$='id/person/mahmoud-abbas']")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Mahmoud Abbas"));
        assertTrue(driver.findElement(By.id("offices")).getText().contains("President of Palestine"));
        screenshot("person-abbas");

        // The evidence link opens the article at the sentence.
        WebElement source = driver.findElement(By.cssSelector("#meetings figure.quote figcaption a.src"));
        String href = source.getAttribute("href");
        source.click();
        waiting().until(ExpectedConditions.urlContains("#char="));
        String anchor = href.substring(href.indexOf('#') + 1);
        WebElement sentence = driver.findElement(By.id(anchor));
        assertTrue(sentence.isDisplayed() && !sentence.getText().isBlank());
        assertTrue(driver.getCurrentUrl().contains("/id/article/"));
    }

    @Test
    void theTimelineAndTheNetworkRenderAndRespondToTheMouse() throws IOException {
        driver.get(graph.url());
        WebElement timeline = driver.findElement(By.cssSelector("#timeline svg.timeline"));
        assertTrue(timeline.getSize().getHeight() > 60 && timeline.getSize().getWidth() > 600, timeline.getSize().toString());
        List<WebElement> dots = timeline.findElements(By.cssSelector(".tl-item .tl-dot"));
        assertTrue(dots.size() >= 6, "meetings on the time line: " + dots.size());
        WebElement network = driver.findElement(By.cssSelector("#network svg.network"));
        List<WebElement> nodes = network.findElements(By.cssSelector(".nw-node"));
        assertTrue(nodes.size() >= 10, "people in the network: " + nodes.size());
        assertTrue(network.findElements(By.cssSelector(".nw-edge")).size() >= 10);
        WebElement abbas = network.findElement(By.xpath(".//*[local-name()='a'][.//*[local-name()='title']"
                + "[starts-with(., 'Mahmoud Abbas')]]"));
        new Actions(driver).moveToElement(abbas.findElement(By.tagName("circle"))).perform();
        waiting().until(d -> network.getAttribute("class").contains("hovering"));
        long lit = network.findElements(By.cssSelector(".nw-edge.hl")).size();
        assertEquals(1, lit, "hovering Abbas lights his one link");
        Files.write(shots.resolve("network-hover.png"), network.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        new Actions(driver).moveByOffset(0, -400).perform();
    }

    @Test
    void theOtherMainPages() throws IOException {
        driver.get(graph.url("id/article/004_cc14cf59531e5444"));
        assertTrue(h1().startsWith("Blinken rejects Abbas"), h1());
        assertTrue(driver.findElements(By.cssSelector("#text .text a.m-person")).size() >= 5, "linked person mentions");
        assertFalse(driver.findElements(By.cssSelector("#facts a.k-meeting")).isEmpty(), "the facts it states");
        screenshot("article");

        driver.get(graph.url("id/place/city-ramallah"));
        assertEquals("Ramallah", h1());
        assertTrue(driver.findElement(By.id("meetings")).getText().contains("Mahmoud Abbas"));
        screenshot("place");

        driver.get(graph.url("id/country/ps"));
        assertEquals("Palestine", h1());
        screenshot("country");

        driver.get(graph.url("id/post/secretary-of-state--country-us"));
        assertEquals("Secretary of State of the United States", h1());
        assertTrue(driver.findElement(By.id("holders")).getText().contains("Antony Blinken"));
        assertFalse(driver.findElements(By.cssSelector("#holders figure.quote")).isEmpty(), "with evidence");
        screenshot("office");

        driver.get(graph.url("id/stance/antony-blinken--supports--two-state-solution"));
        assertTrue(h1().contains("two-state solution"), h1());
        screenshot("stance");

        driver.get(graph.url("query?name=who-met-whom"));
        assertTrue(driver.findElements(By.cssSelector("table.results tbody tr")).size() > 5);
        screenshot("query");
    }

    @Test
    void aCannedQueryRunsWithOneClickHereAndOpensInFusekisEditor() throws IOException {
        driver.get(graph.url());
        WebElement row = driver.findElement(By.xpath("//section[@id='queries']//tr[.//strong[text()='Who met whom most']]"));
        row.findElement(By.linkText("Run")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Who met whom most"));
        assertTrue(driver.findElements(By.cssSelector("table.results tbody tr")).size() >= 10);
        driver.navigate().back();
        driver.findElement(By.xpath("//section[@id='queries']//tr[.//strong[text()='Who met whom most']]"))
                .findElement(By.linkText("Edit")).click();
        WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(40));
        slow.until(d -> ((JavascriptExecutor) d).executeScript("var e = document.querySelector('.CodeMirror');"
                + " return e && e.CodeMirror ? e.CodeMirror.getValue() : ''").toString().contains("?otherName"));
        WebElement run = slow.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        run.click();
        slow.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 10);
        screenshot("query-editor");
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void theHostileArticleAndNamesRunNothing() throws IOException {
        List<String> pages = new ArrayList<>(LinkedDataTest.HOSTILE_PAGES);
        pages.add("id/person/vera-o-hara");
        pages.add("id/outlet/the-script-window-pwned-5-script-herald");
        driver.manage().logs().get(LogType.BROWSER); // start from an empty console
        JavascriptExecutor js = driver;
        for (String path : pages) {
            driver.get(graph.url(path));
            assertNoAlert(path);
            // Every element gets the events an injected handler would wait for; then the mouse really moves over
            // what shows text from the article or the names.
            js.executeScript("document.querySelectorAll('*').forEach(e => { for (const t of ['mouseover', 'mouseenter',"
                    + " 'mousemove', 'focus', 'animationstart']) e.dispatchEvent(new Event(t, {bubbles: true})); })");
            List<WebElement> targets = driver.findElements(By.cssSelector("h1, .lead, .alias, blockquote, .m, "
                    + ".results a, .tl-item, .nw-node, #text .s, figcaption"));
            Actions hover = new Actions(driver);
            for (WebElement t : targets.subList(0, Math.min(targets.size(), 20))) {
                try {
                    if (t.isDisplayed()) {
                        hover.moveToElement(t).perform();
                    }
                } catch (org.openqa.selenium.WebDriverException e) {
                    // off-screen or covered: the next one
                }
            }
            assertNoAlert(path);
            assertEquals("undefined", js.executeScript("return typeof window.__pwned"), path + ": injected script ran");
            assertEquals(0L, js.executeScript("return document.querySelectorAll("
                    + "'[onmouseover],[onerror],[onload],[onclick],[onfocus],img,iframe,object,embed').length"), path);
            @SuppressWarnings("unchecked")
            List<String> scripts = (List<String>) js.executeScript(
                    "return Array.from(document.scripts).map(s => s.getAttribute('src') || 'inline')");
            for (String s : scripts) {
                assertTrue(s.endsWith("assets/newsgraph.js"), path + ": a script that is not the page's own: " + s);
            }
        }
        driver.get(graph.url("id/article/900_hostile"));
        String text = driver.findElement(By.cssSelector("#text .text")).getText();
        assertTrue(text.contains("<script>window.__pwned = 1; alert(\"pwned\")</script>"), "the text is shown as text");
        assertTrue(text.contains("\"onmouseover=\"window.__pwned=2\""), text);
        assertTrue(h1().contains("<img src=x onerror=\"window.__pwned=6\">"), h1());
        screenshot("article-hostile");
        driver.get(graph.url("id/person/evil-name"));
        assertTrue(h1().contains("\"><img src=x onerror=\"window.__pwned=9\"> O'Name <script>"), h1());
        screenshot("person-hostile");
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            assertFalse(e.getMessage().contains("Content Security Policy") || e.getMessage().contains("pwned"),
                    "the console shows an attempt to run injected code: " + e.getMessage());
        }
    }

    static void assertNoAlert(String path) {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), path + ": an alert opened");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A full-page screenshot, {@code NAME.png}, and the same page in parts of 1600 pixels, {@code NAME-1.png}, ...,
     * which image viewers show at full size.
     */
    static void screenshot(String name) throws IOException {
        long height = ((Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        height = Math.min(height, 12_000);
        Files.write(shots.resolve(name + ".png"), capture(0, height));
        int part = 1;
        for (long y = 0; y < height; y += 1600, part++) {
            Files.write(shots.resolve(name + "-" + part + ".png"), capture(y, Math.min(1600, height - y)));
        }
        for (; Files.exists(shots.resolve(name + "-" + part + ".png")); part++) {
            Files.delete(shots.resolve(name + "-" + part + ".png"));
        }
    }

    private static byte[] capture(long y, long height) {
        Map<String, Object> clip = Map.of("x", 0, "y", y, "width", 1280, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
