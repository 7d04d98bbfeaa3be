package org.cairnpmo.identity.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;

/** What an administrator's edit of an account changes that the audit log keeps. */
final class AccountChanges {

  private AccountChanges() {}

  /** Records, before {@code user} is changed, what the edit will change. */
  static void audit(
      AuditLog audit, User user, Long departmentId, Set<Role> roles, boolean enabled) {
    String who = user.getUsername();
    if (!user.getRoles().equals(roles)) {
      audit.record(AuditKind.ROLES_CHANGED, who, names(user.getRoles()) + " → " + names(roles));
    }
    if (!Objects.equals(user.getDepartmentId(), departmentId)) {
      audit.record(
          AuditKind.DEPARTMENT_CHANGED,
          who,
          "Department " + orNone(user.getDepartmentId()) + " → " + orNone(departmentId));
    }
    if (user.isEnabled() != enabled) {
      audit.record(enabled ? AuditKind.USER_ACTIVATED : AuditKind.USER_DEACTIVATED, who, null);
    }
  }

  private static String names(Set<Role> roles) {
    return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
  }

  private static String orNone(Long id) {
    return id == null ? "(none)" : "#" + id;
  }
}
