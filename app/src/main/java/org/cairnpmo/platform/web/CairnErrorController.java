package org.cairnpmo.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
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
    return switch (status) {
      case NOT_FOUND -> "not-found";
      case FORBIDDEN -> "forbidden";
      case UNAUTHORIZED -> "unauthorized";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case CONTENT_TOO_LARGE -> "content-too-large";
      default -> status.is5xxServerError() ? "internal-error" : "bad-request";
    };
  }

  static String detailFor(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case FORBIDDEN -> "You are not allowed to do this.";
      case UNAUTHORIZED -> "Sign in first: HTTP Basic or a personal access token (Bearer).";
      case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
      case CONTENT_TOO_LARGE -> "The request is too large. Send less data per request.";
      case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
          "The address or its headers are too long. Use fewer or shorter query parameters.";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side. The error has been logged."
              : "The request could not be handled. Check the address and what was sent.";
    };
  }
}
