package org.cairnpmo.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs the load client in the way a person does: the sign-in form with its CSRF token, so the
 * client's cookie jar holds a session for the pages. The API takes no session (it is stateless), so
 * for an API address the signed-in client makes itself a personal access token on the profile page,
 * valid for one day, as a person would for a script; every API request then carries it. HTTP Basic
 * is not used: it checks the password's hash on every request, which measures BCrypt rather than
 * Cairn.
 */
final class SignIn {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final Pattern TOKEN_SECRET =
      Pattern.compile(
          "id=\"token-secret\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"token-secret\"");

  private final HttpClient client;
  private final URI base;

  SignIn(HttpClient client, URI base) {
    this.client = client;
    this.base = base;
  }

  /** Signs in through the form; the session cookie stays in the client's cookie handler. */
  void withForm(String username, String password) throws IOException, InterruptedException {
    String csrf = csrfOf(get("/login"), "/login");
    HttpResponse<String> answer =
        post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() / 100 != 3 || location.contains("/login")) {
      throw new IllegalStateException(
          "signing in as " + username + " failed (" + answer.statusCode() + " " + location + ")");
    }
  }

  /** A personal access token of the signed-in person, made on the profile page. */
  String apiToken() throws IOException, InterruptedException {
    String csrf = csrfOf(get("/profile"), "/profile");
    HttpResponse<String> created =
        post(
            "/profile/tokens", Map.of("name", "cairn-bench http", "validDays", "1", "_csrf", csrf));
    Matcher secret = TOKEN_SECRET.matcher(created.body());
    if (created.statusCode() != 200 || !secret.find()) {
      throw new IllegalStateException(
          "could not make an API token on /profile (" + created.statusCode() + ")");
    }
    return secret.group(1) != null ? secret.group(1) : secret.group(2);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrfOf(HttpResponse<String> page, String path) {
    Matcher csrf = CSRF.matcher(page.body());
    if (page.statusCode() != 200 || !csrf.find()) {
      throw new IllegalStateException(
          path + " answered " + page.statusCode() + " without a form token; is this Cairn?");
    }
    return csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
  }
}
