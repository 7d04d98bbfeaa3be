package org.cairnpmo.identity.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes (form and HTTP Basic alike) into the lockout bookkeeping, the count of
 * failures per client address, and the audit log: failures and lockouts of both, sign-ins and
 * sign-outs of people (an API call with HTTP Basic signs in every time, which would bury the log).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginAttemptListener {

  private static final int MAX_ATTEMPTS = 5;

  private final UserAccountService accounts;
  private final AddressThrottle throttle;
  private final AuditLog audit;

  /** Parallel guesses at one account race on its row; retry so that no failure goes uncounted. */
  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String name = event.getAuthentication().getName();
    audit.recordAs(name, AuditKind.SIGN_IN_FAILED, name, "Wrong username or password");
    countAgainstAddress(event);
    for (int attempt = 1; ; attempt++) {
      try {
        if (accounts.recordFailedLogin(name)) {
          audit.recordAs(name, AuditKind.LOCKED_OUT, name, "Too many failed sign-ins");
        }
        return;
      } catch (OptimisticLockingFailureException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** A locked or disabled account that tries to sign in is a failure the log keeps too. */
  @EventListener
  void onRefused(AbstractAuthenticationFailureEvent event) {
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      return;
    }
    String name = event.getAuthentication().getName();
    String why =
        event instanceof AuthenticationFailureLockedEvent
            ? "Account locked"
            : event instanceof AuthenticationFailureDisabledEvent ? "Account disabled" : "Refused";
    audit.recordAs(name, AuditKind.SIGN_IN_FAILED, name, why);
    countAgainstAddress(event);
  }

  private void countAgainstAddress(AbstractAuthenticationFailureEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
      throttle.recordFailure(details.getRemoteAddress(), event.getAuthentication().getName());
    }
  }

  /** A parallel sign-in of the same person already did the bookkeeping: never fail the call. */
  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal()
        instanceof org.cairnpmo.identity.CairnPrincipal p) {
      try {
        accounts.recordSuccessfulLogin(p.getUsername());
      } catch (OptimisticLockingFailureException e) {
        // the concurrent sign-in reset the same counters
      }
    }
  }

  /** A sign-in through a provider names it: which door a person came in by is worth keeping. */
  @EventListener
  void onSignIn(InteractiveAuthenticationSuccessEvent event) {
    String name = event.getAuthentication().getName();
    String detail =
        event.getAuthentication() instanceof OAuth2AuthenticationToken sso
            ? "Single sign-on through " + sso.getAuthorizedClientRegistrationId()
            : null;
    audit.recordAs(name, AuditKind.SIGN_IN, name, detail);
  }

  @EventListener
  void onSignOut(LogoutSuccessEvent event) {
    String name = event.getAuthentication().getName();
    audit.recordAs(name, AuditKind.SIGN_OUT, name, null);
  }
}
