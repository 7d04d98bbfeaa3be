package org.cairnpmo.learning;

import java.util.Map;
import java.util.Optional;

/**
 * Where people stand in the organization, by user id: their role (a name, e.g. "Project manager")
 * and their department. The resource pool knows it and provides this, as it does {@link
 * LineManagers}, so that learning never depends on resources. Without a provider nobody has a role
 * or a department: a gap is asked for a named role and the dashboard has no departments.
 */
public interface PeopleDirectory {

  /** Where one person stands: their department's id and their role's name, each if known. */
  record Place(Long departmentId, String role) {}

  /** The name of the role of the person with user id {@code userId}, if they have one. */
  Optional<String> roleOf(long userId);

  /** Everyone of the pool who has an account, by user id. */
  Map<Long, Place> everyone();
}
