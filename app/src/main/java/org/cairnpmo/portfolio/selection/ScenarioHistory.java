package org.cairnpmo.portfolio.selection;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.HistoryAccess;
import org.springframework.stereotype.Component;

/** A scenario's history is seen by those who may read scenarios. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScenarioHistory implements HistoryAccess {

  private final ScenarioService scenarios;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("scenario");
  }

  @Override
  public void check(String kind, long id) {
    scenarios.get(id, identity.requireCurrentUser());
  }
}
