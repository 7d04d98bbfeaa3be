package org.cairnpmo.identity;

import java.util.Set;

/** What other modules may know about a person. */
public record UserSummary(
    long id,
    String username,
    String displayName,
    String email,
    String jobTitle,
    Long departmentId,
    Set<Role> roles,
    boolean enabled) {

  public UserSummary {
    roles = Set.copyOf(roles);
  }
}
