package org.cairnpmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A list page whose filters refresh its results in place: one address answers the whole page or,
 * when htmx asks, only the part below the filters. Restoring the browser's history asks for the
 * whole page again, so that the page is whole after "back".
 */
public final class ListRefresh {

  private ListRefresh() {}

  /**
   * Whether to answer only the results; if so the address bar is set to {@code address} (within the
   * application), the canonical address of what they show, without the form's empty fields. Either
   * way the answer varies with the request's {@code HX-Request} header, for caches.
   */
  public static boolean resultsOnly(
      HttpServletRequest request, HttpServletResponse response, String address) {
    response.addHeader("Vary", "HX-Request");
    boolean htmx = "true".equals(request.getHeader("HX-Request"));
    boolean restore = "true".equals(request.getHeader("HX-History-Restore-Request"));
    if (htmx && !restore) {
      response.setHeader("HX-Push-Url", request.getContextPath() + address);
      return true;
    }
    return false;
  }
}
