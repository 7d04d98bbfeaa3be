package org.cairnpmo.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One review of a gate: requested by the manager, then decided once by a reviewer or the board. The
 * decision, its rationale, its conditions, who decided and when are never changed afterwards; only
 * a condition's "met" mark is added later.
 *
 * <p>A review may name its approvers and a {@link VoteRule}: then each approver votes once, and the
 * review is decided by the rule as soon as the votes satisfy it (or by the PMO on the board's
 * behalf, see {@link Gate#decide}).
 */
@Entity
@KeepsHistory("gate-review")
@Table(name = "gov_gate_review")
@Getter
public class GateReview extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "gate_id")
  private Gate gate;

  private Instant requestedAt;
  private long requestedById;
  private String requestedBy;
  private String requestNote;
  private int criteriaMet;
  private int criteriaTotal;
  private int deliverablesProvided;
  private int deliverablesTotal;

  @Enumerated(EnumType.STRING)
  private GateDecision decision;

  private String rationale;
  private Instant decidedAt;
  private Long decidedById;
  private String decidedBy;
  private String decidedAs;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<GateCondition> conditions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private VoteRule voteRule;

  @ElementCollection
  @CollectionTable(name = "gov_gate_vote", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<GateVote> votes = new ArrayList<>();

  protected GateReview() {}

  GateReview(
      Gate gate,
      CurrentUser by,
      String note,
      int criteriaMet,
      int criteriaTotal,
      int deliverablesProvided,
      int deliverablesTotal,
      List<Long> approverIds,
      VoteRule voteRule,
      Instant now) {
    this.gate = gate;
    this.voteRule = approverIds.isEmpty() ? null : voteRule;
    approverIds.forEach(id -> votes.add(GateVote.awaited(id)));
    this.requestedAt = now;
    this.requestedById = by.id();
    this.requestedBy = by.username();
    this.requestNote = note;
    this.criteriaMet = criteriaMet;
    this.criteriaTotal = criteriaTotal;
    this.deliverablesProvided = deliverablesProvided;
    this.deliverablesTotal = deliverablesTotal;
  }

  /** A review as an archive bundle recorded it, decided or not; people already resolved. */
  record Imported(
      Instant requestedAt,
      long requestedById,
      String requestedBy,
      String requestNote,
      int criteriaMet,
      int criteriaTotal,
      int deliverablesProvided,
      int deliverablesTotal,
      GateDecision decision,
      String rationale,
      Instant decidedAt,
      Long decidedById,
      String decidedBy,
      String decidedAs,
      VoteRule voteRule,
      List<GateVote> votes) {}

  GateReview(Gate gate, Imported r) {
    this.gate = gate;
    this.requestedAt = r.requestedAt();
    this.requestedById = r.requestedById();
    this.requestedBy = r.requestedBy();
    this.requestNote = r.requestNote();
    this.criteriaMet = r.criteriaMet();
    this.criteriaTotal = r.criteriaTotal();
    this.deliverablesProvided = r.deliverablesProvided();
    this.deliverablesTotal = r.deliverablesTotal();
    this.decision = r.decision();
    this.rationale = r.rationale();
    this.decidedAt = r.decidedAt();
    this.decidedById = r.decidedById();
    this.decidedBy = r.decidedBy();
    this.decidedAs = r.decidedAs();
    this.voteRule = r.voteRule();
    this.votes.addAll(r.votes());
  }

  /** Adds a condition of an imported decision, met or not, as the bundle recorded it. */
  GateCondition importedCondition(
      String description,
      long ownerId,
      java.time.LocalDate dueDate,
      Instant metAt,
      String metBy,
      String metNote) {
    GateCondition condition =
        new GateCondition(this, conditions.size(), description, ownerId, dueDate);
    condition.imported(metAt, metBy, metNote);
    conditions.add(condition);
    return condition;
  }

  void record(
      GateDecision decision,
      String rationale,
      List<DecisionData.Condition> given,
      CurrentUser by,
      String capacity,
      Instant now) {
    if (this.decision != null) {
      throw new BusinessRuleException(
          "decision-recorded",
          "This review was decided "
              + this.decision.label()
              + " by "
              + decidedBy
              + "; a recorded decision never changes. Request a new review if the situation"
              + " changed.");
    }
    this.decision = decision;
    this.rationale = rationale;
    this.decidedAt = now;
    this.decidedById = by.id();
    this.decidedBy = by.username();
    this.decidedAs = capacity;
    if (given != null) {
      for (DecisionData.Condition c : given) {
        conditions.add(
            new GateCondition(
                this, conditions.size(), c.description().trim(), c.ownerId(), c.dueDate()));
      }
    }
  }

  /**
   * Records an approver's vote; returns the decision the votes now come to under the review's rule,
   * if they come to one.
   */
  Optional<GateDecision> vote(GateDecision decision, String comment, CurrentUser by, Instant now) {
    int at = -1;
    for (int i = 0; i < votes.size(); i++) {
      if (votes.get(i).approverId() == by.id()) {
        at = i;
      }
    }
    if (at < 0) {
      throw new AccessDeniedException("Only the approvers the review names vote on it.");
    }
    if (votes.get(at).cast()) {
      throw new BusinessRuleException(
          "already-voted",
          "You voted "
              + votes.get(at).decision().label()
              + " on this review; a vote is never changed.");
    }
    votes.set(at, new GateVote(by.id(), decision, comment, now));
    return voteRule.outcome(votes);
  }

  /** What the votes came to, for the rationale of the decision they made. */
  String voteSummary(GateDecision outcome) {
    return voteRule.summary(votes, outcome);
  }

  /**
   * Whether named approvers vote on this review (rather than one reviewer or the board deciding).
   */
  public boolean isBoardVote() {
    return voteRule != null;
  }

  /** Whether {@code userId} is an approver of this review who has not voted yet. */
  public boolean awaitsVoteOf(long userId) {
    return !isDecided() && votes.stream().anyMatch(v -> v.approverId() == userId && !v.cast());
  }

  public List<GateVote> getVotes() {
    return List.copyOf(votes);
  }

  public boolean isDecided() {
    return decision != null;
  }

  public List<GateCondition> getConditions() {
    return List.copyOf(conditions);
  }
}
