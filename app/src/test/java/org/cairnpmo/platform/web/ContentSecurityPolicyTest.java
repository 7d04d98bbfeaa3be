package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Scripts run only from Cairn's own files: the policy forbids inline script, and no template may
 * carry one (it would silently stop working in the browser).
 */
class ContentSecurityPolicyTest extends IntegrationTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLER =
      Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern JAVASCRIPT_URL =
      Pattern.compile("(?:href|src|action)\\s*=\\s*[\"']\\s*javascript:", Pattern.CASE_INSENSITIVE);

  @Test
  void the_policy_allows_scripts_from_cairn_itself_only() throws Exception {
    String policy =
        mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
    assertThat(policy).isNotNull();
    String scriptSrc =
        Stream.of(policy.split(";"))
            .map(String::trim)
            .filter(d -> d.startsWith("script-src"))
            .findFirst()
            .orElseThrow();
    assertThat(scriptSrc).isEqualTo("script-src 'self'");
    assertThat(policy).contains("object-src 'none'").contains("frame-ancestors 'none'");
  }

  @Test
  void pages_and_api_answers_carry_the_headers_a_security_scanner_checks() throws Exception {
    var page = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
    assertThat(page.getHeader("Cache-Control")).contains("no-store");

    var api = mvc.perform(get("/api/v1/projects")).andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(401);
    assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(api.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(api.getHeader("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(api.getHeader("Cache-Control")).contains("no-store");
  }

  @Test
  void no_template_puts_the_csrf_token_into_an_address() throws IOException {
    // Tokens in addresses leak through history, server logs and the Referer header; forms carry
    // them in a hidden field, htmx in a header.
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        if (Files.readString(file).matches("(?s).*[(,?&]\\s*_csrf\\s*=.*")) {
          offences.add(file.toString());
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void no_template_carries_an_inline_script_or_event_handler() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file);
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
          String attributes = script.group(1);
          boolean external = attributes.contains("src=");
          boolean data = attributes.contains("application/json");
          if (!external && !data) {
            offences.add(file + ": inline <script" + attributes + ">");
          }
        }
        if (HANDLER.matcher(html).find()) {
          offences.add(file + ": inline event handler (on...=)");
        }
        if (JAVASCRIPT_URL.matcher(html).find()) {
          offences.add(file + ": javascript: URL");
        }
      }
    }
    assertThat(offences).isEmpty();
  }
}
