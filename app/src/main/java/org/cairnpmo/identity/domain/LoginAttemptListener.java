package org.cairnpmo.identity.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes (form and HTTP Basic alike) into the lockout bookkeeping. */
@Component
class LoginAttemptListener {

  private final UserAccountService accounts;

  LoginAttemptListener(UserAccountService accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedLogin(event.getAuthentication().getName());
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal()
        instanceof org.cairnpmo.identity.CairnPrincipal p) {
      accounts.recordSuccessfulLogin(p.getUsername());
    }
  }
}
