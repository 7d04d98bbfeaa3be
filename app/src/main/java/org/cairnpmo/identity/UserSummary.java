package org.cairnpmo.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What other modules may know about a person, and what the API shows of them: never credentials.
 * The roles keep their declared order, so that they read the same in every answer.
 */
@Schema(name = "Person")
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
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** This person as the one acting: for work done in their name, or to ask what they may see. */
  public CurrentUser asCurrentUser() {
    return new CurrentUser(id, username, displayName, roles);
  }
}
