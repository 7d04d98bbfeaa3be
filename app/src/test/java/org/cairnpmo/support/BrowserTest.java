package org.cairnpmo.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Base for tests that drive the running application in Debian's headless Chromium through
 * Playwright. Every subclass shares one application on a random port (the same Spring context as
 * {@link IntegrationTest}'s) and one browser per test JVM, with one window ({@link #window()}) that
 * every test reuses: each test starts it without cookies or stored data, so nothing carries over
 * from one test to the next. Playwright never downloads a browser: the machine's {@code
 * /usr/bin/chromium} is used, and the tests are skipped with a clear message where it is missing.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The same annotations as IntegrationTest's, so both share one application context.
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  /** The password of every person a browser test creates with {@link #person}. */
  protected static final String PASSWORD = "browser-test-password-1";

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  // Screenshots are for people reading the pages; CI, where nobody does, turns them off
  // (CAIRN_TEST_SCREENSHOTS=off) because painting and encoding full pages is a large part of the
  // browser tests' time.
  private static final boolean TAKE_SCREENSHOTS =
      !"off".equalsIgnoreCase(System.getenv("CAIRN_TEST_SCREENSHOTS"));
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  // Without the networking flags Chromium keeps dialling Google's hosts, which this closed
  // network refuses, many at a time.
  private static final List<String> CHROMIUM_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  // The sign-in form is posted from the test's JVM: Playwright's request API sends it through the
  // driver and the browser, a detour for two requests whose only product is a session cookie.
  private static final HttpClient SIGN_IN_CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @LocalServerPort protected int port;
  @Autowired protected IdentityApi identity;

  // Static: the window below outlives the test that opened it.
  private static final List<String> scriptProblems = new CopyOnWriteArrayList<>();

  private static BrowserContext windowContext;
  private static Page window;
  private static volatile boolean acceptDialogs;
  private Browser browser;

  @BeforeAll
  void launchBrowser() {
    Assumptions.assumeTrue(
        Files.exists(CHROMIUM),
        "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); skipping the"
            + " browser tests");
    browser = SharedChromium.browser(CHROMIUM, CHROMIUM_ARGS);
  }

  /** A fresh browser profile (no cookies) with a desktop-sized window. */
  protected BrowserContext context() {
    return context(1280, 900);
  }

  protected BrowserContext context(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
    // A script the policy blocks or one that throws breaks a page without any visible error:
    // every browser test fails on either.
    context.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())
              && message.text().contains("Content Security Policy")) {
            scriptProblems.add(message.location() + ": " + message.text());
          }
        });
    context.onWebError(error -> scriptProblems.add("Uncaught script error: " + error.error()));
    return context;
  }

  /**
   * The browser window of the test, 1280 by 900. One window serves every test of the JVM, and
   * people take turns in it: {@link #signInTo} drops the cookies of whoever was signed in before,
   * and each test starts without cookies or stored data, as a fresh profile would. Opening a window
   * per person cost Chromium a new renderer process and a cold cache each time, most of a second on
   * the loaded CI machines. Use {@link #context()} where two people need windows at the same time.
   */
  protected Page window() {
    return window(1280, 900);
  }

  /**
   * The test's browser window (see {@link #window()}), resized to {@code width} × {@code height}.
   */
  protected Page window(int width, int height) {
    synchronized (BrowserTest.class) {
      if (window == null || window.isClosed()) {
        windowContext = context(width, height);
        window = windowContext.newPage();
        window.onDialog(
            dialog -> {
              if (acceptDialogs) {
                dialog.accept();
              } else {
                dialog.dismiss();
              }
            });
      } else {
        window.setViewportSize(width, height);
      }
      return window;
    }
  }

  /** Confirmation dialogs are accepted for the rest of the test (by default they are dismissed). */
  protected static void acceptDialogs() {
    acceptDialogs = true;
  }

  @BeforeEach
  void freshWindow() {
    acceptDialogs = false;
    synchronized (BrowserTest.class) {
      if (window != null && !window.isClosed()) {
        windowContext.clearCookies();
        if (window.url().startsWith(url("/"))) {
          window.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
        }
        window.navigate("about:blank");
      }
    }
  }

  @AfterEach
  void noScriptProblems() {
    List<String> problems = List.copyOf(scriptProblems);
    scriptProblems.clear();
    org.assertj.core.api.Assertions.assertThat(problems)
        .as("script errors and Content-Security-Policy violations in the browser")
        .isEmpty();
  }

  /** Signs in as someone made by {@link #person} and lands on home (signing out whoever was in). */
  protected void signIn(Page page, UserSummary user) {
    signInTo(page, user, "/");
  }

  /**
   * Signs in as someone made by {@link #person} and opens {@code path}, signing out whoever was
   * signed in before in that window. The session is made by posting the sign-in form over HTTP,
   * without painting the sign-in page and home in the browser first: the form itself is driven in
   * the browser by the tests of signing in ({@link #signIn(Page, String, String)}), and every other
   * test only needs the session.
   */
  protected void signInTo(Page page, UserSummary user, String path) {
    page.context().clearCookies();
    Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url("/login"))), cookies);
    Matcher token = CSRF_FIELD.matcher(form.body());
    org.assertj.core.api.Assertions.assertThat(token.find())
        .as("the sign-in form's CSRF field")
        .isTrue();
    String body =
        "username="
            + encode(user.username())
            + "&password="
            + encode(PASSWORD)
            + "&_csrf="
            + encode(token.group(1));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            cookies);
    org.assertj.core.api.Assertions.assertThat(
            answer
                .headers()
                .firstValue("location")
                .map(l -> URI.create(url("/")).resolve(l).toString()))
        .as("where signing in as %s leads", user.username())
        .contains(url("/"));
    page.context()
        .addCookies(
            cookies.entrySet().stream()
                .map(
                    c ->
                        new Cookie(c.getKey(), c.getValue())
                            .setUrl(url("/"))
                            .setHttpOnly(true)
                            .setSameSite(SameSiteAttribute.LAX))
                .toList());
    page.navigate(url(path));
  }

  /** Sends one request with the cookies so far, and keeps those the answer sets. */
  private static HttpResponse<String> send(
      HttpRequest.Builder request, Map<String, String> cookies) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    try {
      HttpResponse<String> response =
          SIGN_IN_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("set-cookie")) {
        String pair = set.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
      return response;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  protected void signIn(Page page, String username, String password) {
    page.context().clearCookies();
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForLoadState();
  }

  /** Whether screenshots are saved on this run (not where CAIRN_TEST_SCREENSHOTS=off). */
  protected static boolean takesScreenshots() {
    return TAKE_SCREENSHOTS;
  }

  protected void shot(Page page, String name) {
    if (!TAKE_SCREENSHOTS) {
      return;
    }
    // Full-page shots otherwise paint the sticky header wherever the page was scrolled to.
    page.evaluate("window.scrollTo(0, 0)");
    page.waitForTimeout(150);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A unique suffix: browser tests share one database with each other. */
  protected static String unique() {
    return RUN + SEQUENCE.incrementAndGet();
  }

  /** A new person with one role, the password {@link #PASSWORD}, and a readable display name. */
  protected UserSummary person(Role role, String name) {
    String username = "b" + unique().toLowerCase();
    return identity.createUser(
        new NewUser(
            username,
            name + " " + username.substring(1, 4).toUpperCase(),
            username + "@example.org",
            null,
            null,
            EnumSet.of(role),
            PASSWORD,
            false));
  }

  protected static CurrentUser current(UserSummary user) {
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }
}
