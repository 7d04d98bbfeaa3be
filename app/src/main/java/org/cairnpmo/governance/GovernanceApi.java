package org.cairnpmo.governance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.domain.Classification;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of governance: where a project stands on its lifecycle, the board's
 * agenda, and how work of a given size and risk is classified. Changes go through governance's own
 * pages and API, where its rules are enforced.
 *
 * <p>The reads "in bulk" at the end serve read models kept by other modules (the portfolio
 * dashboard): a few queries for any number of projects, and no visibility check; the caller applies
 * the register's rules when it answers a person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GovernanceApi {

  private final GateService gates;
  private final GateBoard board;
  private final MethodologyService methodology;
  private final NamedParameterJdbcTemplate jdbc;

  /**
   * The project's lifecycle as {@code viewer} may see it; empty if the project is not on a
   * lifecycle. Throws {@link org.cairnpmo.platform.NotFoundException} if the viewer may not see the
   * project.
   */
  public Optional<ProjectGovernanceView> projectLifecycle(long projectId, CurrentUser viewer) {
    return gates.find(projectId, viewer);
  }

  /** Pending reviews, overdue conditions and recent decisions, for the projects viewer may see. */
  public BoardView board(CurrentUser viewer) {
    return board.board(viewer);
  }

  /** Whether work of this budget, duration (months) and risk is a project, and its tier. */
  public Classification classify(BigDecimal budget, Integer durationMonths, RiskLevel risk) {
    return methodology.classify(budget, durationMonths, risk);
  }

  /** Every lifecycle, every revision, newest revision first within a name. */
  public List<LifecycleOutline> lifecycles() {
    return methodology.lifecycles().stream()
        .map(
            l ->
                new LifecycleOutline(
                    l.id(),
                    l.name(),
                    l.revision(),
                    l.retired(),
                    l.phases().stream().map(p -> p.name()).toList()))
        .toList();
  }

  /** The lifecycle; empty if there is none with this id. */
  public Optional<LifecycleOutline> lifecycle(long id) {
    return lifecycles().stream().filter(l -> l.id() == id).findFirst();
  }

  /** Every tier, the highest (level 1) first. */
  public List<TierOutline> tiers() {
    return methodology.tiers().stream()
        .map(t -> new TierOutline(t.id(), t.level(), t.name()))
        .toList();
  }

  /**
   * Puts a project on a lifecycle at its first phase, in {@code tierId} (or, when null, the tier
   * its budget, duration and gravest risk score classify it into), as a project template starts a
   * project. The caller must be allowed to change the project, as on the placement page.
   */
  public ProjectGovernanceView placeNewProject(
      long projectId, Long tierId, long lifecycleId, List<Integer> riskScores, CurrentUser by) {
    return gates.place(
        new PlacementData(projectId, RiskLevel.ofGravest(riskScores), tierId, lifecycleId), by);
  }

  // ---------------------------------------------------------------- in bulk, for read models

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
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      jdbc.query(
          "select pl.project_id, pl.status, g.phase_name from gov_project_lifecycle pl"
              + " join gov_gate g on g.project_lifecycle_id = pl.id"
              + " and g.sort_order = pl.current_phase where pl.project_id in (:ids)",
          Map.of("ids", chunk),
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
