package org.cairnpmo.identity.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.domain.SsoAccounts;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After the provider's ID token has been checked (signature, issuer, audience, nonce, expiry):
 * turns the person it names into their Cairn account ({@link SsoAccounts}). A refusal is recorded
 * in the audit log and ends on the sign-in page with its reason.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final SsoAccounts accounts;
  private final AuditLog audit;

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidc = provider.loadUser(request);
    String registration = request.getClientRegistration().getRegistrationId();
    try {
      CairnPrincipal person =
          accounts.signIn(
              new SsoAccounts.Vouched(registration, oidc.getSubject(), oidc.getClaims()));
      return new SsoPrincipal(person, oidc);
    } catch (SsoAccounts.Refused refused) {
      throw refuse(registration, refused.code(), refused.username(), refused.getMessage());
    } catch (DataIntegrityViolationException race) {
      // Two first sign-ins of one person at once: the other one created the account.
      throw refuse(registration, "retry", null, "A parallel first sign-in; try again");
    }
  }

  private OAuth2AuthenticationException refuse(
      String registration, String code, String username, String why) {
    String who = username == null ? "(" + registration + ")" : username;
    audit.recordAs(
        who, AuditKind.SIGN_IN_FAILED, who, "Single sign-on through " + registration + ": " + why);
    return new OAuth2AuthenticationException(
        new OAuth2Error(SecurityConfig.SSO_REFUSAL + code, why, null), why);
  }
}
