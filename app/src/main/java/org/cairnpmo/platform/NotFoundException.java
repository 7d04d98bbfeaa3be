package org.cairnpmo.platform;

/**
 * A requested record does not exist, or the caller may not know that it exists. Both answer 404 so
 * that a forbidden record leaks nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
