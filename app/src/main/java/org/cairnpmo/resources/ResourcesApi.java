package org.cairnpmo.resources;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RaciService;
import org.springframework.stereotype.Service;

/** What other modules may ask of resources: who is in the pool, and the role catalog. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResourcesApi {

  private final PoolService pool;
  private final CatalogService catalog;
  private final RaciService raci;

  /** The pool's entry for a user, as {@code viewer} may see it (rates only for those who may). */
  public Optional<PersonView> personOfUser(long userId, CurrentUser viewer) {
    return pool.byUser(userId, viewer);
  }

  /** The generic roles of the catalog, by name. */
  public List<RoleView> roles(CurrentUser viewer) {
    return catalog.roles(viewer);
  }

  /** The project's RACI matrix as {@code viewer} may see it (version 0 before the first save). */
  public RaciView raci(long projectId, CurrentUser viewer) {
    return raci.view(projectId, viewer);
  }

  /**
   * Saves the project's RACI matrix whole, as its page does (the project's manager, the PMO and
   * administrators; {@code expectedVersion} as read, 0 before the first save).
   */
  public RaciView saveRaci(long projectId, RaciData data, long expectedVersion, CurrentUser by) {
    return raci.save(projectId, data, expectedVersion, by);
  }
}
