package org.cairnpmo.governance.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Governance's section of a project's archive bundle: the project's place on its lifecycle, and
 * every gate with its checklist, deliverables, reviewers and reviews, each review with its
 * decision, votes and conditions. The lifecycle and tier are named, not linked: on import they are
 * found by name in this Cairn, and a lifecycle this Cairn lacks refuses the bundle (a project's
 * gates are copied from a lifecycle that must exist for the placement to mean anything).
 */
@Component
class GovernanceRecords implements ProjectRecordsSection {

  private final ProjectLifecycleRepository placements;
  private final LifecycleRepository lifecycles;
  private final TierRepository tiers;
  private final IdentityApi identity;
  private final RecordHistory history;

  GovernanceRecords(
      ProjectLifecycleRepository placements,
      LifecycleRepository lifecycles,
      TierRepository tiers,
      IdentityApi identity,
      RecordHistory history) {
    this.history = history;
    this.placements = placements;
    this.lifecycles = lifecycles;
    this.tiers = tiers;
    this.identity = identity;
  }

  @Override
  public String name() {
    return "governance";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    Optional<ProjectLifecycle> found = placements.findByProjectId(projectId);
    if (found.isEmpty()) {
      section.putNull("placement");
      return 0;
    }
    ProjectLifecycle pl = found.get();
    Map<Long, UserSummary> users = identity.usersByIds(people(pl));
    ObjectNode placement = section.putObject("placement");
    Optional<Lifecycle> lifecycle = lifecycles.findById(pl.getLifecycleId());
    placement
        .putObject("lifecycle")
        .put("name", lifecycle.map(Lifecycle::getName).orElse(null))
        .put("revision", lifecycle.map(Lifecycle::getRevision).orElse(1));
    placement.put(
        "tier",
        pl.getTierId() == null
            ? null
            : tiers.findById(pl.getTierId()).map(Tier::getName).orElse(null));
    placement.put("risk_level", pl.getRiskLevel().name());
    placement.put("status", pl.getStatus().name());
    placement.put("current_phase", pl.currentPosition());
    placement.put("placed_at", RecordsJson.instant(pl.getPlacedAt()));
    placement.put("placed_by", pl.getPlacedBy());
    RecordsJson.history(placement, history, "project-lifecycle", pl.getId());
    ArrayNode gates = placement.putArray("gates");
    int count = 1;
    for (Gate g : pl.getGates()) {
      count++;
      ObjectNode gate =
          gates
              .addObject()
              .put("phase_name", g.getPhaseName())
              .put("phase_description", g.getPhaseDescription())
              .put("gate_name", g.getGateName())
              .put("status", g.getStatus().name());
      RecordsJson.history(gate, history, "gate", g.getId());
      ArrayNode checks = gate.putArray("checklist");
      g.getChecklist()
          .forEach(
              c ->
                  checks
                      .addObject()
                      .put("label", c.label())
                      .put("checked", c.checked())
                      .put("note", c.note()));
      ArrayNode deliverables = gate.putArray("deliverables");
      g.getDeliverables()
          .forEach(
              d ->
                  deliverables
                      .addObject()
                      .put("label", d.label())
                      .put("provided", d.provided())
                      .put("reference", d.reference()));
      ArrayNode reviewers = gate.putArray("reviewers");
      g.getReviewerUserIds().stream()
          .sorted()
          .forEach(id -> person(reviewers.addObject(), users.get(id)));
      ArrayNode roles = gate.putArray("reviewer_roles");
      g.getReviewerRoles().stream().sorted().forEach(r -> roles.add(r.name()));
      GatePassage passage = g.getPassage();
      if (passage == null || passage.recordedAt() == null) {
        gate.putNull("passage");
      } else {
        gate.putObject("passage")
            .put("note", passage.note())
            .put("recorded_by", passage.recordedBy())
            .put("recorded_at", RecordsJson.instant(passage.recordedAt()));
      }
      ArrayNode reviews = gate.putArray("reviews");
      for (GateReview r : g.getReviews()) {
        count++;
        ObjectNode review =
            reviews
                .addObject()
                .put("original_id", r.getId())
                .put("requested_at", RecordsJson.instant(r.getRequestedAt()))
                .put("requested_by", r.getRequestedBy())
                .put("request_note", r.getRequestNote())
                .put("criteria_met", r.getCriteriaMet())
                .put("criteria_total", r.getCriteriaTotal())
                .put("deliverables_provided", r.getDeliverablesProvided())
                .put("deliverables_total", r.getDeliverablesTotal())
                .put("decision", r.getDecision() == null ? null : r.getDecision().name())
                .put("rationale", r.getRationale())
                .put("decided_at", RecordsJson.instant(r.getDecidedAt()))
                .put("decided_by", r.getDecidedBy())
                .put("decided_as", r.getDecidedAs())
                .put("vote_rule", r.getVoteRule() == null ? null : r.getVoteRule().name());
        RecordsJson.history(review, history, "gate-review", r.getId());
        ArrayNode votes = review.putArray("votes");
        for (GateVote v : r.getVotes()) {
          ObjectNode vote = votes.addObject();
          person(vote, users.get(v.approverId()));
          vote.put("decision", v.decision() == null ? null : v.decision().name())
              .put("comment", v.comment())
              .put("voted_at", RecordsJson.instant(v.votedAt()));
        }
        ArrayNode conditions = review.putArray("conditions");
        for (GateCondition c : r.getConditions()) {
          count++;
          ObjectNode condition =
              conditions
                  .addObject()
                  .put("original_id", c.getId())
                  .put("description", c.getDescription());
          UserSummary owner = users.get(c.getOwnerId());
          RecordsJson.person(
              condition,
              "owner",
              owner == null ? null : owner.username(),
              owner == null ? null : owner.displayName());
          condition
              .put("due_date", c.getDueDate().toString())
              .put("met_at", RecordsJson.instant(c.getMetAt()))
              .put("met_by", c.getMetBy())
              .put("met_note", c.getMetNote());
          RecordsJson.history(condition, history, "gate-condition", c.getId());
        }
      }
    }
    return count;
  }

  private static Set<Long> people(ProjectLifecycle pl) {
    Set<Long> ids = new HashSet<>();
    for (Gate g : pl.getGates()) {
      ids.addAll(g.getReviewerUserIds());
      for (GateReview r : g.getReviews()) {
        r.getVotes().forEach(v -> ids.add(v.approverId()));
        r.getConditions().forEach(c -> ids.add(c.getOwnerId()));
      }
    }
    return ids;
  }

  /** A person's username and name, written into {@code node} itself (a reviewer, a voter). */
  private static void person(ObjectNode node, UserSummary user) {
    node.put("username", user == null ? null : user.username());
    node.put("name", user == null ? null : user.displayName());
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    JsonNode p = section.path("placement");
    if (p.isMissingNode() || p.isNull()) {
      return 0;
    }
    String lifecycleName = text(p.path("lifecycle"), "name");
    int revision = p.path("lifecycle").path("revision").asInt(1);
    Lifecycle lifecycle =
        lifecycles
            .findByNameIgnoreCaseAndRevision(lifecycleName == null ? "" : lifecycleName, revision)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "governance",
                        "The project was governed by the lifecycle '"
                            + lifecycleName
                            + "' (revision "
                            + revision
                            + "), which this Cairn does not have: define it before importing"
                            + " the bundle."));
    String tierName = text(p, "tier");
    Long tierId =
        tierName == null
            ? null
            : tiers.findByNameIgnoreCase(tierName).map(Tier::getId).orElse(null);
    // Whoever imports stands in where the record must link a user this Cairn does not know (who
    // requested a review, who owns a condition); the bundle's name stays in the text columns and
    // the project's history names the unknown person.
    long importer =
        context
            .user(JsonNodeFactory.instance.objectNode().put("username", context.actor()))
            .orElseThrow();
    ProjectLifecycle pl =
        ProjectLifecycle.imported(
            context.projectId(),
            lifecycle.getId(),
            tierId,
            RiskLevel.valueOf(text(p, "risk_level")),
            LifecycleStatus.valueOf(text(p, "status")),
            p.path("current_phase").asInt(0),
            text(p, "placed_by"),
            RecordsJson.instant(p, "placed_at"));
    int count = 1;
    // The change logs are restored once the records have their ids, after the flush below.
    List<Restored> logs = new ArrayList<>();
    logs.add(new Restored("project-lifecycle", pl::getId, p.path("history")));
    for (JsonNode g : p.path("gates")) {
      count++;
      Gate gate =
          pl.importedGate(
              text(g, "phase_name"),
              text(g, "phase_description"),
              text(g, "gate_name"),
              GateStatus.valueOf(text(g, "status")));
      logs.add(new Restored("gate", gate::getId, g.path("history")));
      List<GateCheck> checks = new ArrayList<>();
      g.path("checklist")
          .forEach(
              c ->
                  checks.add(
                      new GateCheck(
                          text(c, "label"), c.path("checked").asBoolean(), text(c, "note"))));
      List<GateDeliverable> deliverables = new ArrayList<>();
      g.path("deliverables")
          .forEach(
              d ->
                  deliverables.add(
                      new GateDeliverable(
                          text(d, "label"), d.path("provided").asBoolean(), text(d, "reference"))));
      Set<Long> reviewers = new LinkedHashSet<>();
      g.path("reviewers").forEach(r -> context.user(r).ifPresent(reviewers::add));
      Set<Role> roles = EnumSet.noneOf(Role.class);
      g.path("reviewer_roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
      JsonNode passage = g.path("passage");
      gate.restore(
          checks,
          deliverables,
          reviewers,
          roles,
          passage.isMissingNode() || passage.isNull()
              ? null
              : new GatePassage(
                  text(passage, "note"),
                  text(passage, "recorded_by"),
                  RecordsJson.instant(passage, "recorded_at")));
      for (JsonNode r : g.path("reviews")) {
        count++;
        List<GateVote> votes = new ArrayList<>();
        for (JsonNode v : r.path("votes")) {
          // A vote is its approver's: one this Cairn does not know is left out rather than
          // given to someone else; the decision's rationale keeps what the votes came to.
          Optional<Long> approver = context.user(v);
          String decision = text(v, "decision");
          approver.ifPresent(
              id ->
                  votes.add(
                      new GateVote(
                          id,
                          decision == null ? null : GateDecision.valueOf(decision),
                          text(v, "comment"),
                          RecordsJson.instant(v, "voted_at"))));
        }
        String decision = text(r, "decision");
        String requestedBy = text(r, "requested_by");
        String decidedBy = text(r, "decided_by");
        String rule = text(r, "vote_rule");
        GateReview review =
            gate.importedReview(
                new GateReview.Imported(
                    RecordsJson.instant(r, "requested_at"),
                    userOr(context, requestedBy, importer),
                    requestedBy,
                    text(r, "request_note"),
                    r.path("criteria_met").asInt(),
                    r.path("criteria_total").asInt(),
                    r.path("deliverables_provided").asInt(),
                    r.path("deliverables_total").asInt(),
                    decision == null ? null : GateDecision.valueOf(decision),
                    text(r, "rationale"),
                    RecordsJson.instant(r, "decided_at"),
                    decidedBy == null ? null : known(context, decidedBy).orElse(null),
                    decidedBy,
                    text(r, "decided_as"),
                    rule == null || votes.isEmpty() ? null : VoteRule.valueOf(rule),
                    votes));
        logs.add(new Restored("gate-review", review::getId, r.path("history")));
        for (JsonNode c : r.path("conditions")) {
          count++;
          GateCondition condition =
              review.importedCondition(
                  text(c, "description"),
                  context.user(c.path("owner")).orElse(importer),
                  LocalDate.parse(text(c, "due_date")),
                  RecordsJson.instant(c, "met_at"),
                  text(c, "met_by"),
                  text(c, "met_note"));
          logs.add(new Restored("gate-condition", condition::getId, c.path("history")));
        }
      }
    }
    placements.saveAndFlush(pl);
    logs.forEach(log -> history.restore(log.kind(), log.id().get(), log.history()));
    return count;
  }

  /** A restored record's change log, to write once the record has its id. */
  private record Restored(String kind, java.util.function.Supplier<Long> id, JsonNode history) {}

  private static Optional<Long> known(ImportContext context, String username) {
    return context.user(JsonNodeFactory.instance.objectNode().put("username", username));
  }

  private static long userOr(ImportContext context, String username, long fallback) {
    return username == null ? fallback : known(context, username).orElse(fallback);
  }
}
