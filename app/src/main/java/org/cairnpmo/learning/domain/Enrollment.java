package org.cairnpmo.learning.domain;

import static org.cairnpmo.learning.EnrollmentStatus.APPROVED;
import static org.cairnpmo.learning.EnrollmentStatus.ATTENDED;
import static org.cairnpmo.learning.EnrollmentStatus.CANCELLED;
import static org.cairnpmo.learning.EnrollmentStatus.COMPLETED;
import static org.cairnpmo.learning.EnrollmentStatus.CONFIRMED;
import static org.cairnpmo.learning.EnrollmentStatus.DECLINED;
import static org.cairnpmo.learning.EnrollmentStatus.REQUESTED;
import static org.cairnpmo.learning.EnrollmentStatus.WAITLISTED;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import lombok.Getter;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/**
 * One person's place on a session, and the way it goes: requested (waiting for the line manager,
 * holding a seat), approved, confirmed by the PMO, attended, completed with a score and hours; or
 * declined or cancelled, which frees the seat. When the session is full a request waits on the wait
 * list instead; an approval given there is kept for when a seat frees up. A transition from the
 * wrong status is refused (409).
 */
@Entity
@KeepsHistory("enrollment")
@Table(name = "lrn_enrollment")
@Getter
public class Enrollment extends EditableRecord {

  private long sessionId;
  private long userId;

  @Enumerated(EnumType.STRING)
  private EnrollmentStatus status;

  private String requestedBy;
  private Instant queuedAt;
  private Instant approvedAt;
  private String approvedBy;
  private Instant decidedAt;
  private String reason;
  private BigDecimal score;
  private BigDecimal hours;
  private Instant completedAt;
  private String prerequisiteOverride;

  // Marked by the session reminders' conditional update, never by an edit: not a change to log.
  @NotInHistory private Instant remindedAt;

  protected Enrollment() {}

  /**
   * A new place for {@code userId}: on the wait list when {@code seatFree} is false; approved from
   * the start when whoever asks may approve (the line manager or the PMO enrolling someone).
   */
  static Enrollment request(
      long sessionId,
      long userId,
      boolean seatFree,
      boolean preApproved,
      String prerequisiteOverride,
      String by,
      Instant now) {
    Enrollment e = new Enrollment();
    e.prerequisiteOverride = prerequisiteOverride;
    e.sessionId = sessionId;
    e.userId = userId;
    e.requestedBy = by;
    e.queuedAt = now;
    e.stampCreated(by, now);
    if (preApproved) {
      e.approvedAt = now;
      e.approvedBy = by;
    }
    e.status = !seatFree ? WAITLISTED : preApproved ? APPROVED : REQUESTED;
    return e;
  }

  /** The line manager (or the PMO) agrees. On the wait list the approval waits for a seat. */
  void approve(String by, Instant now) {
    require("approved", Set.of(REQUESTED, WAITLISTED));
    if (approvedAt != null) {
      throw new BusinessRuleException("enrollment-approved", "This request is already approved.");
    }
    approvedAt = now;
    approvedBy = by;
    if (status == REQUESTED) {
      status = APPROVED;
    }
    stampChanged(by, now);
  }

  void decline(String why, String by, Instant now) {
    require("declined", Set.of(REQUESTED, WAITLISTED));
    if (approvedAt != null) {
      throw new BusinessRuleException(
          "enrollment-approved", "This request is already approved; cancel it instead.");
    }
    finish(DECLINED, why, by, now);
  }

  void confirm(String by, Instant now) {
    require("confirmed", Set.of(APPROVED));
    status = CONFIRMED;
    stampChanged(by, now);
  }

  void attend(String by, Instant now) {
    require("marked as attended", Set.of(CONFIRMED));
    status = ATTENDED;
    stampChanged(by, now);
  }

  /** Completion with the score reached (if graded) and the hours actually spent. */
  void complete(BigDecimal score, BigDecimal hoursSpent, String by, Instant now) {
    require("completed", Set.of(CONFIRMED, ATTENDED));
    this.score = score;
    this.hours = hoursSpent;
    completedAt = now;
    status = COMPLETED;
    stampChanged(by, now);
  }

  void cancel(String why, String by, Instant now) {
    require("cancelled", Set.of(WAITLISTED, REQUESTED, APPROVED, CONFIRMED));
    finish(CANCELLED, why, by, now);
  }

  /** A seat freed up and this is the first on the wait list. */
  void promote(Instant now) {
    require("promoted", Set.of(WAITLISTED));
    status = approvedAt != null ? APPROVED : REQUESTED;
    stampChanged("system", now);
  }

  private void finish(EnrollmentStatus next, String why, String by, Instant now) {
    status = next;
    reason = Course.blankToNull(why);
    decidedAt = now;
    stampChanged(by, now);
  }

  private void require(String action, Set<EnrollmentStatus> allowed) {
    if (!allowed.contains(status)) {
      throw new BusinessRuleException(
          "enrollment-" + status.name().toLowerCase(Locale.ROOT),
          "An enrollment that is "
              + status.label().toLowerCase(Locale.ROOT)
              + " cannot be "
              + action
              + ".");
    }
  }
}
