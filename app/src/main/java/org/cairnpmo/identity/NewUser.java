package org.cairnpmo.identity;

import java.util.Set;

/**
 * A person to create. A null {@code password} leaves the account without one (it cannot sign in
 * until an administrator sets a password).
 */
public record NewUser(
    String username,
    String displayName,
    String email,
    String jobTitle,
    Long departmentId,
    Set<Role> roles,
    String password,
    boolean mustChangePassword) {

  /** The same person with no password yet, and nothing to change at first sign-in. */
  public NewUser withoutPassword() {
    return new NewUser(username, displayName, email, jobTitle, departmentId, roles, null, false);
  }
}
