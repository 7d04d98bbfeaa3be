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
 * Someone signed in with a one-time or reset password is sent to choose their own before they can
 * use anything else.
 */
class PasswordChangeGate extends OncePerRequestFilter {

  static final String CHANGE_PATH = "/profile/password";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (auth != null
        && auth.getPrincipal() instanceof CairnPrincipal principal
        && principal.mustChangePassword()
        && !path.equals(CHANGE_PATH)
        && !path.equals("/logout")
        && !isAsset(path)) {
      response.sendRedirect(request.getContextPath() + CHANGE_PATH);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isAsset(String path) {
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/")
        || path.startsWith("/webjars/")
        || path.startsWith("/favicon")
        || path.equals("/error");
  }
}
