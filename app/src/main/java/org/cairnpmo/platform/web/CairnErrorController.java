package org.cairnpmo.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last line of error handling (unknown paths, filter failures): API callers get problem+json,
 * people get a friendly page. Neither ever sees a stack trace or an exception message.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CairnErrorController implements ErrorController {

  /** How an error of a status is named (its problem type) and explained, to people and programs. */
  private record Wording(String slug, String detail) {}

  private static final Wording CLIENT_ERROR =
      new Wording(
          "bad-request", "The request could not be handled. Check the address and what was sent.");

  private static final Wording SERVER_ERROR =
      new Wording("internal-error", "Something went wrong on our side. The error has been logged.");

  private static final Wording TOO_LONG =
      new Wording(
          "bad-request",
          "The address or its headers are too long. Use fewer or shorter query parameters.");

  /** The statuses with words of their own; any other has its class's (client or server error). */
  private static final Map<HttpStatus, Wording> WORDING =
      Map.of(
          HttpStatus.NOT_FOUND,
          new Wording("not-found", "There is nothing at this address."),
          HttpStatus.FORBIDDEN,
          new Wording("forbidden", "You are not allowed to do this."),
          HttpStatus.UNAUTHORIZED,
          new Wording(
              "unauthorized", "Sign in first: HTTP Basic or a personal access token (Bearer)."),
          HttpStatus.METHOD_NOT_ALLOWED,
          new Wording("method-not-allowed", "This address does not accept that HTTP method."),
          HttpStatus.CONTENT_TOO_LARGE,
          new Wording("content-too-large", "The request is too large. Send less data per request."),
          HttpStatus.URI_TOO_LONG,
          TOO_LONG,
          HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
          TOO_LONG);

  private final UploadLimit uploads;

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, HttpServletResponse response)
      throws java.io.IOException {
    HttpStatus status = statusOf(request);
    if (isApi(request)) {
      // An API client that happens to accept HTML still gets the API's error format.
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\""
                  + Problems.TYPE_BASE
                  + slug(status)
                  + "\",\"title\":\""
                  + status.getReasonPhrase()
                  + "\",\"status\":"
                  + status.value()
                  + ",\"detail\":\""
                  + detailFor(status, request)
                  + "\"}");
      return null;
    }
    ModelAndView view = new ModelAndView(templateFor(status));
    view.setStatus(status);
    view.addObject("status", status.value());
    view.addObject("reason", status.getReasonPhrase());
    if (isUpload(status, request)) {
      view.addObject("detail", uploads.message());
    }
    return view;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = statusOf(request);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(status.getReasonPhrase());
    problem.setType(URI.create(Problems.TYPE_BASE + slug(status)));
    problem.setDetail(detailFor(status, request));
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString()));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * A file over the multipart limit is refused by the server before any controller sees it; the
   * person or program that sent it learns the limit rather than a generic "too large".
   */
  private String detailFor(HttpStatus status, HttpServletRequest request) {
    return isUpload(status, request) ? uploads.message() : detailFor(status);
  }

  private static boolean isUpload(HttpStatus status, HttpServletRequest request) {
    String type = request.getContentType();
    return status == HttpStatus.CONTENT_TOO_LARGE
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.toString().startsWith("/api/");
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private static String templateFor(HttpStatus status) {
    return switch (status) {
      case FORBIDDEN -> "error/403";
      case NOT_FOUND -> "error/404";
      default -> status.is4xxClientError() ? "error/4xx" : "error/500";
    };
  }

  static String slug(HttpStatus status) {
    return wording(status).slug();
  }

  static String detailFor(HttpStatus status) {
    return wording(status).detail();
  }

  private static Wording wording(HttpStatus status) {
    return WORDING.getOrDefault(status, status.is5xxServerError() ? SERVER_ERROR : CLIENT_ERROR);
  }
}
