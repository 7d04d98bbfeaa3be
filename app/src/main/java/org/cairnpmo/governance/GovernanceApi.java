package org.cairnpmo.governance;

import java.math.BigDecimal;
import java.time.Instant;
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

  /**
   * A review of one of a project's gates: when it was requested and, once decided, when and how
   * (GO, GO_WITH_CONDITIONS, HOLD, RECYCLE, KILL; null while pending).
   */
  public record GateReviewFact(
      long projectId, String phaseName, Instant requestedAt, Instant decidedAt, String decision) {}

  /** Every gate review of each project that has any, oldest request first. */
  @Transactional(readOnly = true)
  public Map<Long, List<GateReviewFact>> gateReviews(Collection<Long> projectIds) {
    Map<Long, List<GateReviewFact>> reviews = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      jdbc.query(
          "select pl.project_id, g.phase_name, r.requested_at, r.decided_at, r.decision"
              + " from gov_project_lifecycle pl join gov_gate g on g.project_lifecycle_id = pl.id"
              + " join gov_gate_review r on r.gate_id = g.id where pl.project_id in (:ids)"
              + " order by pl.project_id, r.requested_at",
          Map.of("ids", chunk),
          rs -> {
            long id = rs.getLong("project_id");
            java.sql.Timestamp decided = rs.getTimestamp("decided_at");
            reviews
                .computeIfAbsent(id, k -> new java.util.ArrayList<>())
                .add(
                    new GateReviewFact(
                        id,
                        rs.getString("phase_name"),
                        rs.getTimestamp("requested_at").toInstant(),
                        decided == null ? null : decided.toInstant(),
                        rs.getString("decision")));
          });
    }
    return reviews;
  }

  /**
   * A project's place on its lifecycle with every gate, for read models: its tier, the lifecycle's
   * state, and each gate's status (a {@code GateStatus} name), criteria and deliverables.
   */
  public record ProjectGates(
      long projectId, Long tierId, LifecycleStatus status, List<GateFact> gates) {

    public Optional<GateFact> current() {
      return gates.stream().filter(GateFact::current).findFirst();
    }
  }

  /**
   * One phase and the gate at its end.
   *
   * @param status PENDING, OPEN, REVIEW_REQUESTED, ON_HOLD, PASSED, PASSED_ON_RECORD or KILLED
   */
  public record GateFact(
      int position,
      String phaseName,
      String gateName,
      String status,
      boolean current,
      List<Item> criteria,
      List<Item> deliverables) {

    /** Passed with a review or on record. */
    public boolean passed() {
      return status.startsWith("PASSED");
    }
  }

  /** A criterion (ticked or not) or a deliverable (provided or not, with where it is). */
  public record Item(String label, boolean done, String reference) {}

  /** The gates of each project placed on a lifecycle. */
  @Transactional(readOnly = true)
  public Map<Long, ProjectGates> projectGates(Collection<Long> projectIds) {
    Map<Long, ProjectGates> result = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      Map<String, Object> ids = Map.of("ids", chunk);
      Map<Long, List<Item>> criteria = new HashMap<>();
      Map<Long, List<Item>> deliverables = new HashMap<>();
      jdbc.query(
          "select c.gate_id, c.label, c.checked from gov_gate_check c join gov_gate g on g.id ="
              + " c.gate_id join gov_project_lifecycle pl on pl.id = g.project_lifecycle_id"
              + " where pl.project_id in (:ids) order by c.gate_id, c.sort_order",
          ids,
          rs -> {
            criteria
                .computeIfAbsent(rs.getLong("gate_id"), k -> new java.util.ArrayList<>())
                .add(new Item(rs.getString("label"), rs.getBoolean("checked"), null));
          });
      jdbc.query(
          "select d.gate_id, d.label, d.provided, d.reference from gov_gate_deliverable d join"
              + " gov_gate g on g.id = d.gate_id join gov_project_lifecycle pl on pl.id ="
              + " g.project_lifecycle_id where pl.project_id in (:ids)"
              + " order by d.gate_id, d.sort_order",
          ids,
          rs -> {
            deliverables
                .computeIfAbsent(rs.getLong("gate_id"), k -> new java.util.ArrayList<>())
                .add(
                    new Item(
                        rs.getString("label"),
                        rs.getBoolean("provided"),
                        rs.getString("reference")));
          });
      Map<Long, List<GateFact>> gates = new HashMap<>();
      Map<Long, Object[]> heads = new HashMap<>();
      jdbc.query(
          "select pl.project_id, pl.tier_id, pl.status as lifecycle_status, pl.current_phase,"
              + " g.id, g.sort_order, g.phase_name, g.gate_name, g.status from"
              + " gov_project_lifecycle pl join gov_gate g on g.project_lifecycle_id = pl.id"
              + " where pl.project_id in (:ids) order by pl.project_id, g.sort_order",
          ids,
          rs -> {
            long id = rs.getLong("project_id");
            long tier = rs.getLong("tier_id");
            heads.putIfAbsent(
                id, new Object[] {rs.wasNull() ? null : tier, rs.getString("lifecycle_status")});
            long gateId = rs.getLong("id");
            int position = rs.getInt("sort_order");
            gates
                .computeIfAbsent(id, k -> new java.util.ArrayList<>())
                .add(
                    new GateFact(
                        position,
                        rs.getString("phase_name"),
                        rs.getString("gate_name"),
                        rs.getString("status"),
                        position == rs.getInt("current_phase"),
                        List.copyOf(criteria.getOrDefault(gateId, List.of())),
                        List.copyOf(deliverables.getOrDefault(gateId, List.of()))));
          });
      heads.forEach(
          (id, head) ->
              result.put(
                  id,
                  new ProjectGates(
                      id,
                      (Long) head[0],
                      LifecycleStatus.valueOf((String) head[1]),
                      List.copyOf(gates.get(id)))));
    }
    return result;
  }
}
