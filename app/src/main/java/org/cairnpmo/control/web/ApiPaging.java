package org.cairnpmo.control.web;

import org.cairnpmo.platform.InvalidInputException;

/** Checks the paging parameters of the module's list endpoints. */
final class ApiPaging {

  static final int MAX_SIZE = 200;

  private ApiPaging() {}

  static void check(int page, int size) {
    if (page < 0) {
      throw InvalidInputException.of("page", "Pages are numbered from 0.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("size", "Ask for 1 to " + MAX_SIZE + " entries per page.");
    }
  }
}
