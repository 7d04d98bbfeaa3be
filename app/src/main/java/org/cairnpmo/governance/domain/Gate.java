package org.cairnpmo.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gate at the end of one phase of a project: its checklist and deliverables as the manager
 * prepared them, its reviewers, and its reviews. A decision is taken here, by a reviewer of this
 * gate or by the board (PMO, executives), on a review the manager requested; once recorded it never
 * changes.
 */
@Entity
@KeepsHistory("gate")
@Table(name = "gov_gate")
@Getter
public class Gate extends GeneratedId {

  /** Dates such as "due" and "overdue" are judged in the organization's time zone. */
  static final ZoneId ZONE = ZoneId.systemDefault();

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_lifecycle_id")
  private ProjectLifecycle projectLifecycle;

  @Column(name = "sort_order")
  private int position;

  private String phaseName;
  private String phaseDescription;
  private String gateName;

  @Enumerated(EnumType.STRING)
  private GateStatus status;

  @ElementCollection
  @CollectionTable(name = "gov_gate_check", joinColumns = @JoinColumn(name = "gate_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<GateCheck> checklist = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "gov_gate_deliverable", joinColumns = @JoinColumn(name = "gate_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<GateDeliverable> deliverables = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "gov_gate_reviewer_user", joinColumns = @JoinColumn(name = "gate_id"))
  @Column(name = "user_id")
  @Getter(AccessLevel.NONE)
  private Set<Long> reviewerUserIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "gov_gate_reviewer_role", joinColumns = @JoinColumn(name = "gate_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private Set<Role> reviewerRoles = EnumSet.noneOf(Role.class);

  @OneToMany(mappedBy = "gate", cascade = CascadeType.ALL)
  @OrderBy("requestedAt, id")
  @Getter(AccessLevel.NONE)
  private List<GateReview> reviews = new ArrayList<>();

  @Embedded private GatePassage passage;

  protected Gate() {}

  Gate(ProjectLifecycle projectLifecycle, int position, LifecyclePhase phase) {
    this.projectLifecycle = projectLifecycle;
    this.position = position;
    this.phaseName = phase.getName();
    this.phaseDescription = phase.getDescription();
    this.gateName = phase.getGateName();
    this.status = GateStatus.PENDING;
    phase.getCriteria().forEach(c -> checklist.add(new GateCheck(c, false, null)));
    phase.getDeliverables().forEach(d -> deliverables.add(new GateDeliverable(d, false, null)));
    reviewerUserIds.addAll(phase.getReviewerUserIds());
    reviewerRoles.addAll(phase.getReviewerRoles());
  }

  /** A gate of an imported placement; its contents follow through {@link #restore}. */
  Gate(
      ProjectLifecycle projectLifecycle,
      int position,
      String phaseName,
      String phaseDescription,
      String gateName,
      GateStatus status) {
    this.projectLifecycle = projectLifecycle;
    this.position = position;
    this.phaseName = phaseName;
    this.phaseDescription = phaseDescription;
    this.gateName = gateName;
    this.status = status;
  }

  /** The checklist, deliverables, reviewers and passage of an imported gate. */
  void restore(
      List<GateCheck> checks,
      List<GateDeliverable> provided,
      Set<Long> reviewers,
      Set<Role> roles,
      GatePassage passedOnRecord) {
    checklist.addAll(checks);
    deliverables.addAll(provided);
    reviewerUserIds.addAll(reviewers);
    reviewerRoles.addAll(roles);
    passage = passedOnRecord;
  }

  /** Adds a review of an imported gate, in the order the bundle lists them. */
  GateReview importedReview(GateReview.Imported review) {
    GateReview added = new GateReview(this, review);
    reviews.add(added);
    return added;
  }

  void open() {
    status = GateStatus.OPEN;
  }

  /**
   * A gate the project passed before it was placed on the lifecycle: noted, with who noted it and
   * when, but with no review, since no board decided it here.
   */
  void passOnRecord(String note, String by, Instant now) {
    status = GateStatus.PASSED_ON_RECORD;
    passage = new GatePassage(note, by, now);
  }

  /**
   * The manager's preparation: criteria ticked with notes, deliverables marked as provided. Only
   * the current gate, and not while the board is deciding.
   */
  public void updateChecklist(ChecklistData data, CurrentUser by, Instant now) {
    requireCurrent();
    if (!ProjectLifecycle.isOpenForWork(status)) {
      throw new BusinessRuleException(
          "review-in-progress",
          "The board is deciding on the gate '"
              + gateName
              + "'; its checklist cannot change until the decision is recorded.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<ChecklistData.Check> checks = data.checklistOrEmpty();
    String criteriaRange = "The gate has " + checklist.size() + " criteria, numbered from 0.";
    for (int i = 0; i < checks.size(); i++) {
      if (outOfRange(checks.get(i).index(), checklist.size())) {
        problems.add(new FieldProblem("checklist[" + i + "].index", criteriaRange));
      }
    }
    List<ChecklistData.Deliverable> provided = data.deliverablesOrEmpty();
    String deliverablesRange =
        "The gate requires " + deliverables.size() + " deliverables, numbered from 0.";
    for (int i = 0; i < provided.size(); i++) {
      ChecklistData.Deliverable d = provided.get(i);
      if (outOfRange(d.index(), deliverables.size())) {
        problems.add(new FieldProblem("deliverables[" + i + "].index", deliverablesRange));
      } else if (d.provided() && blank(d.reference())) {
        problems.add(
            new FieldProblem(
                "deliverables[" + i + "].reference",
                "Say where '"
                    + deliverables.get(d.index()).label()
                    + "' is: a link or a short text."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (ChecklistData.Check check : checks) {
      GateCheck old = checklist.get(check.index());
      checklist.set(check.index(), new GateCheck(old.label(), check.checked(), trim(check.note())));
    }
    for (ChecklistData.Deliverable d : provided) {
      GateDeliverable old = deliverables.get(d.index());
      deliverables.set(
          d.index(), new GateDeliverable(old.label(), d.provided(), trim(d.reference())));
    }
    projectLifecycle.touch(by.username(), now);
  }

  /** The manager asks the board to decide; the checklist is locked until the decision. */
  public GateReview requestReview(String note, CurrentUser by, Instant now) {
    return requestReview(note, List.of(), null, by, now);
  }

  /**
   * As {@link #requestReview(String, CurrentUser, Instant)}, naming the approvers who vote on the
   * review and the rule their votes decide by (ALL when not given). Without approvers the review is
   * decided as before, by one reviewer or the board.
   */
  public GateReview requestReview(
      String note, List<Long> approverIds, VoteRule rule, CurrentUser by, Instant now) {
    requireCurrent();
    List<Long> approvers = approverIds == null ? List.of() : approverIds;
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < approvers.size(); i++) {
      Long approver = approvers.get(i);
      if (approver == null) {
        problems.add(new FieldProblem("approverIds[" + i + "]", "Choose a person."));
      } else if (approver == by.id()) {
        problems.add(
            new FieldProblem(
                "approverIds[" + i + "]",
                "You request this review, so you cannot approve it; name other approvers."));
      } else if (approvers.indexOf(approver) < i) {
        problems.add(new FieldProblem("approverIds[" + i + "]", "This person is named twice."));
      }
    }
    if (approvers.isEmpty() && rule != null) {
      problems.add(
          new FieldProblem(
              "voteRule", "A vote rule needs approvers: name the people who vote on the review."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (status == GateStatus.REVIEW_REQUESTED) {
      throw new BusinessRuleException(
          "review-already-requested",
          "A review of the gate '" + gateName + "' is already waiting for a decision.");
    }
    GateReview review =
        new GateReview(
            this,
            by,
            trim(note),
            (int) checklist.stream().filter(GateCheck::checked).count(),
            checklist.size(),
            (int) deliverables.stream().filter(GateDeliverable::provided).count(),
            deliverables.size(),
            approvers,
            rule == null ? VoteRule.ALL : rule,
            now);
    reviews.add(review);
    status = GateStatus.REVIEW_REQUESTED;
    projectLifecycle.touch(by.username(), now);
    return review;
  }

  /**
   * Records the board's decision on the open review and moves the project accordingly: GO and
   * GO_WITH_CONDITIONS into the next phase (or to the end of the lifecycle after the last gate),
   * HOLD keeps it waiting at the gate, RECYCLE sends it back into the phase, KILL ends it.
   */
  public GateReview decide(
      GateDecision decision,
      String rationale,
      List<DecisionData.Condition> conditions,
      CurrentUser by,
      Instant now) {
    String capacity = capacityOf(by);
    if (capacity == null) {
      throw new AccessDeniedException(
          "Only the reviewers of the gate '" + gateName + "', the PMO or executives decide it.");
    }
    requireCurrent();
    GateReview review =
        openReview()
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "no-review-requested",
                        "Nobody has requested a review of the gate '"
                            + gateName
                            + "' yet: the project's manager requests it when the phase's work is"
                            + " ready."));
    if (review.getRequestedById() == by.id()) {
      throw new AccessDeniedException(
          "You requested this review; another reviewer or the board decides it.");
    }
    if (review.isBoardVote()) {
      if (!by.hasAnyRole(Role.PMO)) {
        throw new AccessDeniedException(
            "The approvers named in this review vote on it; only the PMO records the board's"
                + " decision on their behalf.");
      }
      capacity = "PMO, on behalf of the board";
    }
    DecisionRules.check(decision, rationale, conditions, now);
    review.record(decision, rationale.trim(), conditions, by, capacity, now);
    applyDecision(review, by, now);
    return review;
  }

  /**
   * An approver's vote on the open review, with a comment. When the votes satisfy the review's rule
   * the gate is decided as if the board had recorded that decision, by the approver whose vote
   * settled it.
   */
  public GateReview vote(GateDecision decision, String comment, CurrentUser by, Instant now) {
    requireCurrent();
    GateReview review =
        openReview()
            .filter(GateReview::isBoardVote)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "no-vote-open",
                        "No review of the gate '"
                            + gateName
                            + "' is waiting for approvers' votes."));
    DecisionRules.checkVote(decision, comment);
    Optional<GateDecision> outcome = review.vote(decision, comment.trim(), by, now);
    if (outcome.isPresent()) {
      review.record(
          outcome.get(),
          review.voteSummary(outcome.get()),
          List.of(),
          by,
          "Board vote (" + review.getVoteRule().label().toLowerCase(java.util.Locale.ROOT) + ")",
          now);
      applyDecision(review, by, now);
    } else {
      projectLifecycle.touch(by.username(), now);
    }
    return review;
  }

  private void applyDecision(GateReview review, CurrentUser by, Instant now) {
    GateDecision decision = review.getDecision();
    status =
        switch (decision) {
          case GO, GO_WITH_CONDITIONS -> GateStatus.PASSED;
          case HOLD -> GateStatus.ON_HOLD;
          case RECYCLE -> GateStatus.OPEN;
          case KILL -> GateStatus.KILLED;
        };
    projectLifecycle.decided(this, review, by.username(), now);
  }

  /**
   * In which capacity {@code user} may decide this gate: as a named reviewer, as holder of a
   * reviewer role, or as the board (PMO, executives); null if not at all.
   */
  public String capacityOf(CurrentUser user) {
    if (reviewerUserIds.contains(user.id())) {
      return "Reviewer";
    }
    Optional<Role> role = reviewerRoles.stream().filter(r -> user.roles().contains(r)).findFirst();
    if (role.isPresent()) {
      return "Reviewer (" + role.get().label() + ")";
    }
    if (user.hasAnyRole(Role.PMO)) {
      return "Board (PMO)";
    }
    if (user.hasAnyRole(Role.EXECUTIVE)) {
      return "Board (executive)";
    }
    return null;
  }

  /**
   * Whether {@code user} may record the decision on {@code review} themselves: never whoever
   * requested it; on a review its approvers vote on, the PMO alone (for the board); otherwise a
   * reviewer or the board.
   */
  public boolean mayDecide(GateReview review, CurrentUser user) {
    if (review.getRequestedById() == user.id()) {
      return false;
    }
    return review.isBoardVote() ? user.hasAnyRole(Role.PMO) : capacityOf(user) != null;
  }

  public boolean isReviewer(long userId) {
    return reviewerUserIds.contains(userId);
  }

  public Optional<GateReview> openReview() {
    return reviews.stream().filter(r -> !r.isDecided()).findFirst();
  }

  private void requireCurrent() {
    projectLifecycle.requireActive();
    if (!projectLifecycle.isCurrent(this)) {
      throw new BusinessRuleException(
          "not-current-gate",
          "The project is not at the gate '"
              + gateName
              + "': only the gate of the phase it is in can be prepared, reviewed or decided.");
    }
  }

  /** Whether {@code index} names no entry of a list of {@code size}, counted from 0. */
  private static boolean outOfRange(Integer index, int size) {
    return index == null || index < 0 || index >= size;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }

  public List<GateCheck> getChecklist() {
    return List.copyOf(checklist);
  }

  public List<GateDeliverable> getDeliverables() {
    return List.copyOf(deliverables);
  }

  public Set<Long> getReviewerUserIds() {
    return Set.copyOf(reviewerUserIds);
  }

  public Set<Role> getReviewerRoles() {
    return reviewerRoles.isEmpty() ? Set.of() : EnumSet.copyOf(reviewerRoles);
  }

  /** How the gate was passed on record; null unless it was. */
  public GatePassage getPassage() {
    return passage;
  }

  public List<GateReview> getReviews() {
    return List.copyOf(reviews);
  }
}
