package org.convene.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver so that Selenium Manager
 * downloads nothing. Tests that need it are skipped where the two binaries are not installed
 * ({@code apt-get install chromium chromium-driver}), and fail instead when {@code CI=true}.
 *
 * <p>After each test the console must be clean: a test fails on any error the page logged that
 * the test did not take with {@link #consoleErrors(int...)}, and on any Content-Security-Policy
 * violation at all, even one logged while the test took the console's errors, as the pages must
 * run under the application's policy untouched.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Path profile;
    private int port;
    private final List<String> policyViolations = new java.util.ArrayList<>();

    private Browser() {}

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * One browser for a test class, opened before its first test and closed after its last:
     * {@code @RegisterExtension static final Browser browser = Browser.perClass();}. The class is
     * skipped when Chromium is absent (failed in CI; see {@link #start()}).
     */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser started = start();
        this.driver = started.driver;
        this.profile = started.profile;
    }

    /** Fails the test on console errors it left unread, and on any Content-Security-Policy violation. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        List<String> unread = consoleErrors();
        List<String> violations = List.copyOf(policyViolations);
        policyViolations.clear();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "The page broke its Content-Security-Policy:\n  " + String.join("\n  ", violations));
        }
        if (!unread.isEmpty()) {
            throw new AssertionError("The page logged errors to the console:\n  " + String.join("\n  ", unread));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            close();
        }
    }

    /**
     * A fresh browser with its own profile. When Chromium is absent the calling test class is
     * skipped, except in CI ({@code CI=true}), where the install step put it there and its absence
     * is a broken build: there the test fails instead.
     */
    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (inCi()) {
                throw new IllegalStateException(missing + "; CI=true, so their absence fails the build.");
            }
            Assumptions.abort(missing + "; skipped.");
        }
        try {
            Path profile = Files.createTempDirectory("convene-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile,
                    "--window-size=1440,960",
                    "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.toString()));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CI services set {@code CI=true}; {@code .ci/run} sets it where they do not. */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application on this port. */
    public Browser open(int port, String path) {
        this.port = port;
        driver.get("http://localhost:" + port + path);
        return this;
    }

    /** Signs in through the form and waits for the map. */
    public Browser signIn(int port, String user, String password) {
        driver.manage().deleteAllCookies();
        open(port, "/login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Opens the map (with an optional hash) and waits until it has drawn. */
    public Browser openMap(String hash) {
        driver.get("about:blank"); // so that a change of hash alone loads the page anew
        driver.get("http://localhost:" + port + "/" + (hash == null ? "" : "#" + hash));
        waitUntil(d -> "true".equals(find(By.id("map")).getDomAttribute("data-ready")));
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement visible(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Types into a combobox and picks the suggestion that starts with this name. */
    public void pick(By combobox, String typed, String name) {
        WebElement input = find(combobox);
        input.clear();
        input.sendKeys(typed);
        visible(By.xpath("//ul[@id='" + input.getDomAttribute("id") + "-options']/li[@role='option']"
                        + "[starts-with(normalize-space(.), '" + name + "')]"))
                .click();
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The map element's data attribute, e.g. {@code node-count}. */
    public String mapData(String name) {
        return find(By.id("map")).getDomAttribute("data-" + name);
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the page wrote to the console as errors since the last call: script errors and failed
     * loads, leaving out the answers a test provoked on purpose (the given HTTP statuses).
     * Content-Security-Policy violations are never left out: they are kept for {@link #afterEach}
     * whatever the test expects.
     */
    public List<String> consoleErrors(int... expectedStatuses) {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.stream()
                .map(LogEntry::getMessage)
                .filter(Browser::isPolicyViolation)
                .forEach(policyViolations::add);
        return entries.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> java.util.Arrays.stream(expectedStatuses)
                        .noneMatch(status -> message.contains("status of " + status)))
                .toList();
    }

    /** Chromium's console line for a blocked script, style, image, frame or connection. */
    static boolean isPolicyViolation(String message) {
        return message.contains("Content Security Policy")
                || message.contains("Content-Security-Policy")
                || message.contains("Permissions-Policy")
                || message.contains("Permissions policy");
    }

    /** The Content-Security-Policy violations seen so far in this test. */
    public List<String> policyViolations() {
        consoleErrors();
        return List.copyOf(policyViolations);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
