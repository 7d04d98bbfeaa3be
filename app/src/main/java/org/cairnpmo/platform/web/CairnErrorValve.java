package org.cairnpmo.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Renders the errors Tomcat answers itself, before a request reaches Cairn (a {@code %00} in the
 * path, a request line too long to read): problem+json for {@code /api/} like every other API
 * error, and a minimal page for other paths. Tomcat's own report names the server and its version
 * and is HTML even for the API.
 */
public class CairnErrorValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    // As Tomcat's valve: only errors, only once, only when nothing was written yet.
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean writable = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
    if (!writable.get()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    boolean api = isApi(request);
    try {
      response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/html");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(api ? problem(code, status) : page(code, status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response cannot take a body: nothing more to do.
    }
  }

  /**
   * Whether the raw path names the API. A request line too long or too broken to read has no path
   * at all: it gets problem+json too, since an API client must never receive a page, while a
   * person's browser shows the short JSON just as well.
   */
  static boolean isApi(Request request) {
    try {
      String uri = request.getCoyoteRequest().requestURI().toString();
      return uri == null || uri.isEmpty() || uri.startsWith("/api/");
    } catch (RuntimeException e) {
      return true;
    }
  }

  static String problem(int code, HttpStatus status) {
    return "{\"type\":\""
        + Problems.TYPE_BASE
        + CairnErrorController.slug(status)
        + "\",\"title\":\""
        + status.getReasonPhrase()
        + "\",\"status\":"
        + code
        + ",\"detail\":\""
        + CairnErrorController.detailFor(status)
        + "\"}";
  }

  static String page(int code, HttpStatus status) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error "
        + code
        + " · Cairn</title></head><body><h1>Error "
        + code
        + " ("
        + status.getReasonPhrase()
        + ")</h1><p>"
        + CairnErrorController.detailFor(status)
        + "</p><p><a href=\"/\">Go to the home page</a></p></body></html>";
  }

  /** Puts this valve in place of Tomcat's report valve (and the one Spring Boot configures). */
  @Component
  static final class Installer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            if (!(context.getParent() instanceof Host host)) {
              return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.getPipeline().addValve(new CairnErrorValve());
            if (host instanceof StandardHost standard) {
              // Otherwise the host adds Tomcat's own valve again when it starts.
              standard.setErrorReportValveClass(CairnErrorValve.class.getName());
            }
          });
    }

    @Override
    public int getOrder() {
      // After Spring Boot's customizer, which adds its own report valve.
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
