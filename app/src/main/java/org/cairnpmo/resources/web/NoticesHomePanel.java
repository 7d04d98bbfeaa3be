package org.cairnpmo.resources.web;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.domain.Notices;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The home page's "Notices" panel: the newest notices the viewer has not marked read. Beside it,
 * the requests and timesheets panels keep showing what waits; this one says what happened. Left out
 * when nothing is new.
 */
@Component
class NoticesHomePanel extends ViewerHomePanel {

  private final Notices notices;

  NoticesHomePanel(Notices notices, IdentityApi identity) {
    super(identity, 29, "resources/notices-home-panel");
    this.notices = notices;
  }

  @Override
  protected Model modelFor(CurrentUser viewer) {
    Page<NoticeView> unread = notices.mine(true, 0, 5, viewer);
    return unread.isEmpty() ? null : new Model(unread.getContent(), unread.getTotalElements());
  }

  /** What the panel shows. */
  public record Model(List<NoticeView> first, long unread) {}
}
