package org.cairnpmo.identity;

import java.util.Arrays;
import java.util.Set;

/** The signed-in person, as other modules need to know them for rules and audit trails. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) {

  public CurrentUser {
    roles = Set.copyOf(roles);
  }

  public boolean hasAnyRole(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(roles::contains);
  }

  /** PMO, executives and administrators oversee the whole portfolio, confidential or not. */
  public boolean seesAllProjects() {
    return hasAnyRole(Role.ADMIN, Role.PMO, Role.EXECUTIVE);
  }

  /** PMO and administrators may change any project. */
  public boolean governsAllProjects() {
    return hasAnyRole(Role.ADMIN, Role.PMO);
  }
}
