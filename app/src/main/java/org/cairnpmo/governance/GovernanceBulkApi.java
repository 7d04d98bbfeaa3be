package org.cairnpmo.governance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where projects stand on their lifecycles, read in bulk for read models kept by other modules (the
 * portfolio dashboard). No visibility is checked here; the caller applies the register's rules.
 */
@Service
public class GovernanceBulkApi {

  private static final int CHUNK = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  GovernanceBulkApi(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A project's place on its lifecycle: the phase it is in (or ended in) and the lifecycle's state.
   */
  public record CurrentPhase(long projectId, String phaseName, LifecycleStatus status) {

    /** The phase as a portfolio list shows it: "Completed" once the last gate is passed. */
    public String label() {
      return status == LifecycleStatus.COMPLETED ? "Completed" : phaseName;
    }
  }

  /** The current phase of each project placed on a lifecycle. */
  @Transactional(readOnly = true)
  public Map<Long, CurrentPhase> currentPhases(Collection<Long> projectIds) {
    Map<Long, CurrentPhase> phases = new HashMap<>();
    List<Long> all = projectIds.stream().distinct().toList();
    for (int i = 0; i < all.size(); i += CHUNK) {
      jdbc.query(
          "select pl.project_id, pl.status, g.phase_name from gov_project_lifecycle pl"
              + " join gov_gate g on g.project_lifecycle_id = pl.id"
              + " and g.sort_order = pl.current_phase where pl.project_id in (:ids)",
          Map.of("ids", all.subList(i, Math.min(all.size(), i + CHUNK))),
          rs -> {
            long id = rs.getLong("project_id");
            phases.put(
                id,
                new CurrentPhase(
                    id,
                    rs.getString("phase_name"),
                    LifecycleStatus.valueOf(rs.getString("status"))));
          });
    }
    return phases;
  }
}
