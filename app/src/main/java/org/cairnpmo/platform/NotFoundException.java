package org.cairnpmo.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A requested record does not exist, or the caller may not know that it exists. Both answer 404 so
 * that a forbidden record leaks nothing: pages show the "not found" page (the status below), the
 * API a problem+json body ({@code ApiExceptionHandler}).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
