package org.cairnpmo.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.identity.CairnPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A one-time or reset password opens no API: its holder must first choose their own password on the
 * web, just as {@link PasswordChangeGate} demands for pages.
 */
class OneTimePasswordApiGuard extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof CairnPrincipal principal
        && principal.mustChangePassword()) {
      ProblemResponses.write(
          response,
          403,
          "password-change-required",
          "Password change required",
          "Sign in on the web and choose your own password before using the API.");
      return;
    }
    chain.doFilter(request, response);
  }
}
