package org.cairnpmo.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.domain.AddressThrottle;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokenService tokens;
  private final AddressThrottle throttle;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CairnPrincipal> principal = tokens.authenticate(header.substring(7).trim());
    if (principal.isEmpty()) {
      // A guessed token is a failed sign-in like a guessed password.
      throttle.recordFailure(request.getRemoteAddr(), "(access token)");
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ProblemResponses.write(
          response,
          401,
          "unauthorized",
          "Unauthorized",
          "The access token is unknown, revoked or expired.");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal.get(), null, principal.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
