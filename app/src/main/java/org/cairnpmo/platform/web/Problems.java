package org.cairnpmo.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's failures as RFC 9457 problems: a type below {@link #TYPE_BASE} that a client can branch
 * on, a title and a detail, sent as problem+json. A controller with a failure of its own builds it
 * here, so that it reads like every other answer of the API.
 */
public final class Problems {

  public static final String TYPE_BASE = "https://cairnpmo.org/problems/";

  private Problems() {}

  /** A problem of {@code type} (the last part of its address, such as {@code not-found}). */
  public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  /** The problem as problem+json, with its own status. */
  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
