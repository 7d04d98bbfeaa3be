package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.domain.UserAccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in person's principal in their session after their own account changed (a new
 * password, a new name), so that the next request sees the account as it now is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionPrincipals {

  private final UserAccountService accounts;
  private final SecurityContextRepository contextRepository;
  private final SecurityContextHolderStrategy contextHolder =
      SecurityContextHolder.getContextHolderStrategy();

  void refresh(long userId, HttpServletRequest request, HttpServletResponse response) {
    CairnPrincipal current = accounts.principal(userId);
    CairnPrincipal fresh = current.withoutPassword(current.mustChangePassword());
    SecurityContext context = contextHolder.createEmptyContext();
    Authentication now = contextHolder.getContext().getAuthentication();
    if (now instanceof OAuth2AuthenticationToken sso
        && sso.getPrincipal() instanceof SsoPrincipal principal) {
      // Still signed in through the provider: single logout needs its ID token.
      SsoPrincipal same = principal.refreshed(fresh);
      context.setAuthentication(
          new OAuth2AuthenticationToken(
              same, same.getAuthorities(), sso.getAuthorizedClientRegistrationId()));
    } else {
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }
    contextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
  }
}
