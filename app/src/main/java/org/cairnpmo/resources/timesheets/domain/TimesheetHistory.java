package org.cairnpmo.resources.timesheets.domain;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.HistoryAccess;
import org.springframework.stereotype.Component;

/**
 * A week's timesheet shows its history to whoever sees the whole week: its person and the pool's
 * editors. An approver who sees only the lines of their projects does not, as the history names
 * every line.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimesheetHistory implements HistoryAccess {

  private final TimesheetService timesheets;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("timesheet");
  }

  @Override
  public void check(String kind, long id) {
    timesheets.requireWhole(id, identity.requireCurrentUser());
  }
}
