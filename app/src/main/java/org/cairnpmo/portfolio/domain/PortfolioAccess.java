package org.cairnpmo.portfolio.domain;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;

/** Who may do what in the portfolio, in one place so that pages and the API agree. */
public final class PortfolioAccess {

  private PortfolioAccess() {}

  /** The PMO and administrators define strategy and criteria, triage, assign scorers, approve. */
  public static boolean governs(CurrentUser user) {
    return user.hasAnyRole(Role.ADMIN, Role.PMO);
  }

  /** The PMO, administrators and executives read everything in the portfolio. */
  public static boolean readsAll(CurrentUser user) {
    return user.hasAnyRole(Role.ADMIN, Role.PMO, Role.EXECUTIVE);
  }
}
