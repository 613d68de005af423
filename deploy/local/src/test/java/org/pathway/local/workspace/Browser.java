package org.pathway.local.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver, with a fresh profile (so each person
 * signs in from scratch). Runs axe-core in a page and takes screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("pathway-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1400));
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
    }

    /** Fills in Keycloak's own sign-in form (the page a workspace page redirected to) and waits to come back. */
    void signIn(String user, String password) {
        WebElement username = until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("maincontent")));
    }

    WebElement find(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /**
     * The element's text, found again when the page replaced the element between finding it and reading it (a
     * redirect after a form's POST lands while the old page is still being read).
     */
    String text(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** Presses Tab until the element has the focus (at most {@code limit} times): reaching it by keyboard alone. */
    boolean tabTo(By by, int limit) {
        WebElement target = find(by);
        Actions keys = new Actions(driver);
        for (int i = 0; i < limit; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return true;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        return target.equals(driver.switchTo().activeElement());
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Sends the form of that button twice, one after the other, as a double click does (the same fields, the same
     * idempotency key and CSRF token); answers both final statuses.
     */
    Object submitTwice(By button) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        return ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = arguments[0].form;
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))});
                send().then(a => send().then(b => done([a.status, b.status]))).catch(e => done(String(e)));
                """, find(button));
    }

    /** Fetches a link as the signed-in browser would download it: status, content type and the first line. */
    List<?> download(String href) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        return (List<?>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type') || '', t.split('\\n')[0]])))
                  .catch(e => done([0, '', String(e)]));
                """, href);
    }

    /** The axe-core violations of the page as it stands, against WCAG 2.0–2.2 A and AA. */
    List<Violation> axe() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE_SOURCE);
        driver.manage().timeouts().scriptTimeout(WAIT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.map(v => [v.id, v.impact || '', String(v.nodes.length), v.help])))
                  .catch(e => done([['axe-error', 'critical', '1', String(e)]]));
                """);
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) result;
        return rows.stream().map(r -> new Violation(r.get(0), r.get(1), Integer.parseInt(r.get(2)), r.get(3))).toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's cookies for the workspace, as a Cookie header: to time pages outside the browser as this person. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind is harmless.
            }
        }
    }

    /** One axe-core rule a page breaks: its id, impact, how many elements, and what it asks. */
    record Violation(String id, String impact, int nodes, String help) {
        boolean seriousOrCritical() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return id + " (" + impact + ", " + nodes + "): " + help;
        }
    }

    private static final String AXE_SOURCE = read("/axe/axe.min.js");

    private static String read(String resource) {
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
