package org.cairnpmo.resources.web;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.Notices;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;

/**
 * The resources' sections of the home page: the resource requests waiting for the viewer, and the
 * notices they have not read. Each is left out when it has nothing to show.
 */
@Configuration(proxyBeanMethods = false)
class ResourcesHomePanels {

  /**
   * The "Resource requests" panel, the application's way of telling people what waits for them: for
   * resource managers, the requests to staff or approve; for a project manager, the people proposed
   * for their projects.
   */
  @Bean
  HomePanel requestsPanel(RequestService requests, IdentityApi identity) {
    return ViewerHomePanel.of(
        identity, 30, "resources/home-panel", viewer -> requestsModel(requests, viewer));
  }

  static Requests requestsModel(RequestService requests, CurrentUser viewer) {
    List<RequestView> waiting = requests.waitingFor(viewer);
    if (waiting.isEmpty()) {
      return null;
    }
    return new Requests(
        waiting.stream().limit(6).toList(), waiting.size(), ResourcesAccess.editsPool(viewer));
  }

  /**
   * The "Notices" panel: the newest notices the viewer has not marked read. Beside it, the requests
   * and timesheets panels keep showing what waits; this one says what happened.
   */
  @Bean
  HomePanel noticesPanel(Notices notices, IdentityApi identity) {
    return ViewerHomePanel.of(
        identity,
        29,
        "resources/notices-home-panel",
        viewer -> {
          Page<NoticeView> unread = notices.mine(true, 0, 5, viewer);
          return unread.isEmpty()
              ? null
              : new UnreadNotices(unread.getContent(), unread.getTotalElements());
        });
  }

  /** What the requests panel shows. */
  public record Requests(List<RequestView> first, int total, boolean staffs) {}

  /** What the notices panel shows. */
  public record UnreadNotices(List<NoticeView> first, long unread) {}
}
