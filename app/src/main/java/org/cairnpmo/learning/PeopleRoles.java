package org.cairnpmo.learning;

import java.util.Optional;

/**
 * The role a person holds, by user id, as a name (e.g. "Project manager"). The resource pool knows
 * it and provides this, as it does {@link LineManagers}, so that learning never depends on
 * resources. Without a provider nobody has a role and a gap is asked for a named role.
 */
public interface PeopleRoles {

  /** The name of the role of the person with user id {@code userId}, if they have one. */
  Optional<String> roleOf(long userId);
}
