package org.cairnpmo.resources.domain;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the pool: everyone signed in sees names, roles and skills; cost rates are
 * seen, and the pool changed, only by resource managers, the PMO and administrators.
 */
public final class ResourcesAccess {

  private ResourcesAccess() {}

  public static boolean seesRates(CurrentUser user) {
    return user.hasAnyRole(Role.RESOURCE_MANAGER, Role.PMO, Role.ADMIN);
  }

  public static boolean editsPool(CurrentUser user) {
    return user.hasAnyRole(Role.RESOURCE_MANAGER, Role.PMO, Role.ADMIN);
  }

  static void requirePoolEditor(CurrentUser user) {
    if (!editsPool(user)) {
      throw new AccessDeniedException(
          "Only resource managers, the PMO and administrators change the pool");
    }
  }
}
