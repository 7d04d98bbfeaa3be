package org.cairnpmo.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;
import org.springframework.security.access.AccessDeniedException;

/** A condition of a GO_WITH_CONDITIONS decision: what, who, by when, and once met, when. */
@Entity
@KeepsHistory("gate-condition")
@Table(name = "gov_gate_condition")
@Getter
public class GateCondition extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private GateReview review;

  @Column(name = "sort_order")
  private int position;

  private String description;
  private long ownerId;
  private LocalDate dueDate;
  private Instant metAt;
  private String metBy;
  private String metNote;
  @Version private long version;

  protected GateCondition() {}

  GateCondition(
      GateReview review, int position, String description, long ownerId, LocalDate dueDate) {
    this.review = review;
    this.position = position;
    this.description = description;
    this.ownerId = ownerId;
    this.dueDate = dueDate;
  }

  /** The "met" mark of an imported condition, as the bundle recorded it. */
  void imported(Instant at, String by, String note) {
    this.metAt = at;
    this.metBy = by;
    this.metNote = note;
  }

  /**
   * Who may say a condition is met: its owner, the project's manager, the gate's named reviewers,
   * the PMO and executives.
   */
  public boolean mayBeMarkedMetBy(CurrentUser user, Long projectManagerId) {
    return user.id() == ownerId
        || (projectManagerId != null && projectManagerId == user.id())
        || review.getGate().isReviewer(user.id())
        || user.hasAnyRole(org.cairnpmo.identity.Role.PMO, org.cairnpmo.identity.Role.EXECUTIVE);
  }

  public void markMet(String note, CurrentUser by, Long projectManagerId, Instant now) {
    if (!mayBeMarkedMetBy(by, projectManagerId)) {
      throw new AccessDeniedException(
          "Only the condition's owner, the project's manager, the gate's reviewers or the board"
              + " mark it as met.");
    }
    if (metAt != null) {
      throw new BusinessRuleException(
          "condition-met", "This condition was already marked as met by " + metBy + ".");
    }
    metAt = now;
    metBy = by.username();
    metNote = note == null || note.isBlank() ? null : note.trim();
    review.getGate().getProjectLifecycle().touch(by.username(), now);
  }

  public boolean isMet() {
    return metAt != null;
  }

  public boolean isOverdue(LocalDate today) {
    return metAt == null && dueDate.isBefore(today);
  }
}
