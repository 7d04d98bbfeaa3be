package org.cairnpmo.identity.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes (form and HTTP Basic alike) into the lockout bookkeeping. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginAttemptListener {

  private static final int MAX_ATTEMPTS = 5;

  private final UserAccountService accounts;

  /** Parallel guesses at one account race on its row; retry so that no failure goes uncounted. */
  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    for (int attempt = 1; ; attempt++) {
      try {
        accounts.recordFailedLogin(event.getAuthentication().getName());
        return;
      } catch (OptimisticLockingFailureException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
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
}
