package org.cairnpmo.reporting.home;

import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The executive's section of the home page, first on it: the brief of the active portfolio. Shown
 * only to executives; the PMO and managers have the dashboard and their own panels.
 */
@Configuration(proxyBeanMethods = false)
class ExecutiveHomePanel {

  @Bean
  HomePanel executiveBriefPanel(ExecutiveBriefs briefs, IdentityApi identity) {
    return ViewerHomePanel.of(
        identity,
        5,
        "reporting/executive-panel",
        viewer -> viewer.hasAnyRole(Role.EXECUTIVE) ? briefs.brief(viewer) : null);
  }
}
