package org.cairnpmo.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated person as Spring Security holds them (kept in the shared session store). Who
 * signed in through single sign-on is a subclass that also carries the provider's ID token.
 */
public class CairnPrincipal implements UserDetails, CredentialsContainer {

  @Serial private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String displayName;
  private String passwordHash;
  private final Set<Role> roles;
  private final boolean enabled;
  private final boolean locked;
  private final boolean mustChangePassword;

  public CairnPrincipal(
      long id,
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      boolean enabled,
      boolean locked,
      boolean mustChangePassword) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = Set.copyOf(roles);
    this.enabled = enabled;
    this.locked = locked;
    this.mustChangePassword = mustChangePassword;
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public CurrentUser toCurrentUser() {
    return new CurrentUser(id, username, displayName, roles);
  }

  /** A copy without the password hash, for the session store. */
  public CairnPrincipal withoutPassword(boolean stillMustChangePassword) {
    return new CairnPrincipal(
        id, username, displayName, null, roles, enabled, locked, stillMustChangePassword);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream()
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** The hash is dropped after sign-in so that it never reaches the shared session store. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  /** The same person (one id is one account, however they signed in). */
  @Override
  public final boolean equals(Object other) {
    return other instanceof CairnPrincipal p && p.id == id;
  }

  @Override
  public final int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "CairnPrincipal[" + username + "]";
  }
}
