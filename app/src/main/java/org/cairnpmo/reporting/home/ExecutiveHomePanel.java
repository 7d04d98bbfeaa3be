package org.cairnpmo.reporting.home;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.HomePanel;
import org.springframework.stereotype.Component;

/**
 * The executive's section of the home page, first on it: the brief of the active portfolio. Shown
 * only to executives; the PMO and managers have the dashboard and their own panels.
 */
@Component
class ExecutiveHomePanel implements HomePanel {

  private final ExecutiveBriefs briefs;
  private final IdentityApi identity;

  ExecutiveHomePanel(ExecutiveBriefs briefs, IdentityApi identity) {
    this.briefs = briefs;
    this.identity = identity;
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public String template() {
    return "reporting/executive-panel";
  }

  @Override
  public Object model() {
    return identity
        .currentUser()
        .filter(viewer -> viewer.hasAnyRole(Role.EXECUTIVE))
        .map(this::brief)
        .orElse(null);
  }

  private ExecutiveBrief brief(CurrentUser viewer) {
    return briefs.brief(viewer);
  }
}
