package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the shared layout needs to know about the viewer (signed in or not, name,
 * administrator or not) without the layout touching the security context itself, so that error
 * pages render even when there is no authentication at all.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

  @ModelAttribute("shell")
  Shell shell(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return new Shell(false, null, null, false, path);
    }
    if (auth.getPrincipal() instanceof CairnPrincipal principal) {
      return new Shell(
          true,
          principal.displayName(),
          principal.getUsername(),
          principal.roles().contains(Role.ADMIN),
          path);
    }
    boolean admin =
        auth.getAuthorities().stream()
            .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    return new Shell(true, auth.getName(), auth.getName(), admin, path);
  }

  /** The viewer as the layout shows them. */
  public record Shell(
      boolean signedIn, String displayName, String username, boolean admin, String path) {

    public String initial() {
      return displayName == null || displayName.isBlank()
          ? "?"
          : displayName.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean at(String prefix) {
      return path != null && path.startsWith(prefix);
    }
  }
}
