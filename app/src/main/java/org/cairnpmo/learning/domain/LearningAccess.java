package org.cairnpmo.learning.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.learning.LineManagers;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in learning. Everyone signed in reads the catalog; the PMO and administrators
 * write it and run sessions (confirm, attendance, completion). A person's learning record (their
 * enrollments and certifications) is seen by themselves, their line manager, the PMO and
 * administrators; to anyone else it looks missing. The line manager, the PMO and administrators
 * enroll a person and decide on their requests, never on their own.
 */
@Component
public class LearningAccess {

  private final ObjectProvider<LineManagers> lineManagers;

  LearningAccess(ObjectProvider<LineManagers> lineManagers) {
    this.lineManagers = lineManagers;
  }

  public static boolean seesAll(CurrentUser user) {
    return user.hasAnyRole(Role.ADMIN, Role.PMO);
  }

  public static boolean mayWriteCatalog(CurrentUser user) {
    return seesAll(user);
  }

  static void requireCatalogWriter(CurrentUser user) {
    if (!mayWriteCatalog(user)) {
      throw new AccessDeniedException("Only the PMO and administrators write the catalog");
    }
  }

  static void requireSessionRunner(CurrentUser user) {
    if (!seesAll(user)) {
      throw new AccessDeniedException(
          "Only the PMO and administrators confirm, record attendance and complete");
    }
  }

  public Optional<Long> lineManagerOf(long userId) {
    LineManagers lm = lineManagers.getIfAvailable();
    return lm == null ? Optional.empty() : lm.lineManagerOf(userId);
  }

  public boolean manages(CurrentUser user, long userId) {
    return lineManagerOf(userId).map(m -> m == user.id()).orElse(false);
  }

  /** The people whose record {@code user} sees, or null when they see everyone's. */
  public Set<Long> peopleSeenBy(CurrentUser user) {
    if (seesAll(user)) {
      return null;
    }
    Set<Long> seen = new HashSet<>();
    seen.add(user.id());
    LineManagers lm = lineManagers.getIfAvailable();
    if (lm != null) {
      seen.addAll(lm.reportsOf(user.id()));
    }
    return seen;
  }

  /** The people who report directly to {@code user}, never themselves. */
  public Set<Long> reportsOf(CurrentUser user) {
    LineManagers lm = lineManagers.getIfAvailable();
    Set<Long> reports = lm == null ? new HashSet<>() : new HashSet<>(lm.reportsOf(user.id()));
    reports.remove(user.id());
    return reports;
  }

  public boolean seesRecordOf(CurrentUser user, long userId) {
    return seesAll(user) || user.id() == userId || manages(user, userId);
  }

  /** Refuses as "not found" a record of someone {@code user} may not see. */
  void requireSees(CurrentUser user, long userId, String what, Object id) {
    if (!seesRecordOf(user, userId)) {
      throw new NotFoundException(what, id);
    }
  }

  /** Whether {@code user} may enroll {@code userId} (or decide on their request): not their own. */
  public boolean decidesFor(CurrentUser user, long userId) {
    return user.id() != userId && (seesAll(user) || manages(user, userId));
  }
}
