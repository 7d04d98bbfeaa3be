package org.cairnpmo.identity.web;

import java.io.Serial;
import java.util.Map;
import org.cairnpmo.identity.CairnPrincipal;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through single sign-on: Cairn's principal, so that every page and check sees
 * them as anyone else, and the provider's {@link OidcUser}, whose ID token single logout hands back
 * to the provider. Its name is the Cairn username.
 */
final class SsoPrincipal extends CairnPrincipal implements OidcUser {

  @Serial private static final long serialVersionUID = 1L;

  private final OidcUser oidc;

  SsoPrincipal(CairnPrincipal person, OidcUser oidc) {
    super(
        person.id(),
        person.getUsername(),
        person.displayName(),
        null,
        person.roles(),
        person.isEnabled(),
        !person.isAccountNonLocked(),
        false);
    this.oidc = oidc;
  }

  /** The same provider sign-in for the account as it is now (after an administrator's edit). */
  SsoPrincipal refreshed(CairnPrincipal person) {
    return new SsoPrincipal(person, oidc);
  }

  @Override
  public String getName() {
    return getUsername();
  }

  @Override
  public Map<String, Object> getClaims() {
    return oidc.getClaims();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return oidc.getAttributes();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return oidc.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return oidc.getIdToken();
  }

  @Override
  public String toString() {
    return "SsoPrincipal[" + getUsername() + "]";
  }
}
