package org.cairnpmo.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.cairnpmo.identity.domain.AddressThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the sign-in form, or an API call carrying credentials) from an address
 * that has failed too often, before any password is checked: the page says so, the API answers 429
 * with Retry-After. Requests without credentials pass, so a refused address still sees the pages it
 * may see anonymously and a signed-in session keeps working.
 */
class AddressThrottleFilter extends OncePerRequestFilter {

  private static final RequestMatcher SIGN_IN_FORM =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

  private final AddressThrottle throttle;
  private final boolean api;

  AddressThrottleFilter(AddressThrottle throttle, boolean api) {
    this.throttle = throttle;
    this.api = api;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (api) {
      return request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
    return !SIGN_IN_FORM.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Duration> refused = throttle.refusedFor(request.getRemoteAddr());
    if (refused.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
    if (!api) {
      response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
      return;
    }
    response.setHeader(
        HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.get().toSeconds())));
    ProblemResponses.write(
        response,
        429,
        "too-many-sign-ins",
        "Too many failed sign-ins",
        "Too many failed sign-ins came from this address; try again in "
            + minutes
            + (minutes == 1 ? " minute." : " minutes."));
  }
}
