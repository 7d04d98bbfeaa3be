package org.cairnpmo.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load client against a small server that behaves like Cairn's sign-in: a form with a CSRF
 * token, a session cookie for the pages, a personal access token made on the profile page for the
 * API.
 */
class HttpSuiteTest {

  private static final String CSRF = "csrf-123";
  private static final String SESSION = "SESSION=s1";
  private static final String SECRET = "cairn_pat_secret";

  private HttpServer server;
  private String base;
  private final AtomicInteger apiCalls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/login", this::login);
    server.createContext("/profile", this::profile);
    server.createContext("/projects/1", e -> answer(e, signedIn(e) ? 200 : 302, "<html>project"));
    server.createContext("/broken", e -> answer(e, 500, "no"));
    server.createContext(
        "/api/v1/projects",
        e -> {
          boolean bearer =
              ("Bearer " + SECRET).equals(e.getRequestHeaders().getFirst("Authorization"));
          if (bearer) {
            apiCalls.incrementAndGet();
          }
          answer(e, bearer ? 200 : 401, "{}");
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aSignedInPageIsLoadedAndSummarised() throws Exception {
    String out = run("--url", base + "/projects/1", "--user", "pmo", "--password", "demo");

    Matcher summary =
        Pattern.compile(
                "http url=\\S+/projects/1 requests=(\\d+) req_s=([0-9.]+) p50_ms=([0-9.]+)"
                    + " p99_ms=([0-9.]+) errors=0 ")
            .matcher(out);
    assertThat(summary.find()).as(out).isTrue();
    assertThat(Long.parseLong(summary.group(1))).isPositive();
    assertThat(Double.parseDouble(summary.group(4)))
        .isGreaterThanOrEqualTo(Double.parseDouble(summary.group(3)));
    assertThat(out)
        .as("one progress row for the one second measured")
        .containsPattern("(?m)^1\t\\d+\t");
  }

  @Test
  void theApiIsCalledWithATokenMadeOnTheProfilePage() throws Exception {
    String out =
        run("--url", base + "/api/v1/projects?size=100", "--user", "pmo", "--password", "demo");

    assertThat(out).contains("errors=0");
    assertThat(apiCalls.get()).isPositive();
  }

  @Test
  void everyAnswerThatIsNotASuccessIsAnError() throws Exception {
    String out = run("--url", base + "/broken");

    Matcher summary = Pattern.compile("requests=(\\d+) .* errors=(\\d+)").matcher(out);
    assertThat(summary.find()).as(out).isTrue();
    assertThat(summary.group(2)).isEqualTo(summary.group(1));
  }

  @Test
  void aWrongPasswordStopsTheRunWithTheReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> run("--url", base + "/projects/1", "--user", "pmo", "--password", "wrong"))
        .hasMessageContaining("signing in as pmo failed");
  }

  @Test
  void unknownOrBrokenOptionsAreRefused() {
    assertThat(HttpSuite.options(new String[] {"--url", "x", "--concurrency", "0"})).isNull();
    assertThat(HttpSuite.options(new String[] {"--url", "x", "--speed", "3"})).isNull();
    assertThat(HttpSuite.options(new String[] {"--url"})).isNull();
    assertThat(HttpSuite.options(new String[] {"--url", "x", "--warmup", "0"})).isNotNull();
  }

  private String run(String... args) throws Exception {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--concurrency", "2", "--duration", "1", "--warmup", "0"},
        0,
        all,
        args.length,
        6);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = new HttpSuite(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(all);
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void login(HttpExchange e) throws IOException {
    if (e.getRequestMethod().equals("GET")) {
      answer(e, 200, "<form><input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\"></form>");
      return;
    }
    String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    boolean ok =
        body.contains("username=pmo") && body.contains("password=demo") && body.contains(CSRF);
    if (ok) {
      e.getResponseHeaders().add("Set-Cookie", SESSION + "; Path=/; HttpOnly");
    }
    e.getResponseHeaders().add("Location", ok ? base + "/" : base + "/login?error");
    answer(e, 302, "");
  }

  private void profile(HttpExchange e) throws IOException {
    if (!signedIn(e)) {
      answer(e, 302, "");
    } else if (e.getRequestMethod().equals("GET")) {
      answer(e, 200, "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">");
    } else {
      answer(
          e,
          200,
          "<input type=\"text\" id=\"token-secret\" class=\"mono\" readonly value=\""
              + SECRET
              + "\">");
    }
  }

  private static boolean signedIn(HttpExchange e) {
    String cookie = e.getRequestHeaders().getFirst("Cookie");
    return cookie != null && cookie.contains(SESSION);
  }

  private static void answer(HttpExchange e, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      e.getResponseBody().write(bytes);
    }
    e.close();
  }
}
