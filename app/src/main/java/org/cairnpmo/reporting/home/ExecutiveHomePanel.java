package org.cairnpmo.reporting.home;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.ViewerHomePanel;
import org.springframework.stereotype.Component;

/**
 * The executive's section of the home page, first on it: the brief of the active portfolio. Shown
 * only to executives; the PMO and managers have the dashboard and their own panels.
 */
@Component
class ExecutiveHomePanel extends ViewerHomePanel {

  private final ExecutiveBriefs briefs;

  ExecutiveHomePanel(ExecutiveBriefs briefs, IdentityApi identity) {
    super(identity, 5, "reporting/executive-panel");
    this.briefs = briefs;
  }

  @Override
  protected ExecutiveBrief modelFor(CurrentUser viewer) {
    return viewer.hasAnyRole(Role.EXECUTIVE) ? briefs.brief(viewer) : null;
  }
}
