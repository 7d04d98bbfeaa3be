package org.cairnpmo.learning;

import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom, by user id. The resource pool knows it (a person's line manager); it
 * provides this so that learning never depends on resources, which will read certifications from
 * learning for staffing. Without a provider nobody has a line manager and the PMO decides.
 */
public interface LineManagers {

  /** The user id of the line manager of the person with user id {@code userId}, if any. */
  Optional<Long> lineManagerOf(long userId);

  /** The user ids of the people who report directly to {@code managerUserId}. */
  Set<Long> reportsOf(long managerUserId);

  /** Whether {@code managerUserId} is the line manager of {@code userId}. */
  default boolean manages(long managerUserId, long userId) {
    return lineManagerOf(userId).map(m -> m == managerUserId).orElse(false);
  }
}
