package org.cairnpmo.portfolio.domain;

import org.cairnpmo.identity.CurrentUser;

/** The viewer as the portfolio pages show them: the sections and tabs follow what they may do. */
public record PortfolioViewer(long id, boolean governs, boolean readsAll) {

  /** Nobody signed in: no section that needs a role. */
  public static final PortfolioViewer NOBODY = new PortfolioViewer(0, false, false);

  public static PortfolioViewer of(CurrentUser user) {
    return new PortfolioViewer(
        user.id(), PortfolioAccess.governs(user), PortfolioAccess.readsAll(user));
  }
}
