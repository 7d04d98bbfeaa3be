package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * Errors Tomcat answers on its own, before a request reaches the application, against a real Tomcat
 * configured as Spring Boot configures Cairn's (Boot's customizer, then ours) but without starting
 * another application context.
 */
class CairnErrorValveTest {

  private static WebServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    new TomcatWebServerFactoryCustomizer(
            new MockEnvironment(),
            new ServerProperties(),
            new TomcatServerProperties(),
            new WebProperties())
        .customize(factory);
    new CairnErrorValve.Installer().customize(factory);
    server =
        factory.getWebServer(
            context ->
                context
                    .addServlet(
                        "app",
                        new HttpServlet() {
                          @Override
                          protected void service(HttpServletRequest req, HttpServletResponse res)
                              throws IOException {
                            res.getWriter().write("ok");
                          }
                        })
                    .addMapping("/*"));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> send(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the request line as written, for what a client library would refuse to send. */
  private static String raw(String requestLine) throws IOException {
    try (Socket socket = new Socket("localhost", server.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_server_serves_ordinary_requests() throws Exception {
    assertThat(send("/api/v1/projects").body()).isEqualTo("ok");
  }

  @Test
  void a_nul_in_an_api_path_is_answered_as_problem_json() throws Exception {
    HttpResponse<String> response = send("/api/v1/projects/%00");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":400").doesNotContain("Tomcat");
  }

  @Test
  void a_nul_in_a_page_path_is_answered_with_a_plain_page() throws Exception {
    HttpResponse<String> response = send("/projects/%00");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("Error 400").doesNotContain("Tomcat");
  }

  @Test
  void a_query_string_too_long_to_read_is_answered_as_problem_json() throws Exception {
    String response = raw("GET /api/v1/projects?q=" + "x".repeat(10_000) + " HTTP/1.1");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).contains("Content-Type: application/problem+json");
    assertThat(response).contains("\"status\":400").doesNotContain("Tomcat");
  }

  @Test
  void a_query_string_too_long_on_a_page_gets_no_tomcat_report() throws Exception {
    String response = raw("GET /projects?q=" + "x".repeat(10_000) + " HTTP/1.1");

    assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Tomcat");
  }

  @Test
  void a_control_character_in_the_request_line_gets_no_tomcat_report() throws Exception {
    String response = raw("GET /api/v1/\u0001 HTTP/1.1");

    assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Tomcat");
    assertThat(response).contains("application/problem+json");
  }

  @Test
  void tomcat_keeps_no_report_valve_of_its_own() {
    var host = ((org.springframework.boot.tomcat.TomcatWebServer) server).getTomcat().getHost();

    assertThat(host.getPipeline().getValves())
        .filteredOn(v -> v instanceof org.apache.catalina.valves.ErrorReportValve)
        .singleElement()
        .isInstanceOf(CairnErrorValve.class);
  }
}
