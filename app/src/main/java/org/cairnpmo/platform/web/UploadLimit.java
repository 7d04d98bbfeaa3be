package org.cairnpmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limit ({@code spring.servlet.multipart.max-file-size}) is refused while
 * the request is read, before any controller is chosen, so no controller's advice sees it: an API
 * caller gets problem+json naming the limit here, and a page gets the error page with the same
 * sentence ({@link CairnErrorController}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

  private final DataSize largest;

  UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largest) {
    this.largest = largest;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request)
      throws MaxUploadSizeExceededException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      // Pages: Spring answers 413 and the error page says why.
      throw e;
    }
    return Problems.response(
        Problems.of(
            HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "File too large", message()));
  }

  String message() {
    return "The file is larger than "
        + largest.toMegabytes()
        + " MB, the largest upload Cairn accepts. Send a smaller file.";
  }
}
