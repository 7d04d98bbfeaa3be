package org.cairnpmo.resources.web;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.stereotype.Component;

/**
 * The home page's "Resource requests" panel, the application's way of telling people what waits for
 * them: for resource managers, the requests to staff or approve; for a project manager, the people
 * proposed for their projects. Left out when nothing waits.
 */
@Component
class RequestsHomePanel extends ViewerHomePanel {

  private final RequestService requests;

  RequestsHomePanel(RequestService requests, IdentityApi identity) {
    super(identity, 30, "resources/home-panel");
    this.requests = requests;
  }

  @Override
  protected Model modelFor(CurrentUser viewer) {
    List<RequestView> waiting = requests.waitingFor(viewer);
    if (waiting.isEmpty()) {
      return null;
    }
    return new Model(
        waiting.stream().limit(6).toList(), waiting.size(), ResourcesAccess.editsPool(viewer));
  }

  /** What the panel shows. */
  public record Model(List<RequestView> first, int total, boolean staffs) {}
}
