package org.cairnpmo.learning.domain;

import static org.cairnpmo.learning.EnrollmentStatus.CANCELLED;
import static org.cairnpmo.learning.EnrollmentStatus.DECLINED;
import static org.cairnpmo.learning.EnrollmentStatus.REQUESTED;
import static org.cairnpmo.learning.EnrollmentStatus.WAITLISTED;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollments: requests, the line manager's decision, the PMO's confirmation, attendance and
 * completion, cancellation and the wait list. Every change that takes or gives back a seat locks
 * the session's row first and counts its seats under that lock, so that two people taking the last
 * seat at once are served in turn and the second waits.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnrollmentService {

  /** Newest first. */
  public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "id");

  private final EnrollmentRepository enrollments;
  private final CourseSessionRepository sessions;
  private final CourseCatalog catalog;
  private final LearningAccess access;
  private final IdentityApi identity;
  private final LearningMail mail;
  private final Prerequisites prerequisites;
  private final Clock clock;

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public EnrollmentView enrollment(long id, CurrentUser viewer) {
    return views(List.of(find(id, viewer))).get(0);
  }

  /**
   * The enrollments the viewer may see, newest first: of one person ({@code userId}) or of all they
   * see, optionally of some statuses.
   */
  @Transactional(readOnly = true)
  public Page<EnrollmentView> list(
      Long userId, Set<EnrollmentStatus> statuses, Pageable pageable, CurrentUser viewer) {
    Set<EnrollmentStatus> wanted =
        statuses == null || statuses.isEmpty() ? EnumSet.allOf(EnrollmentStatus.class) : statuses;
    Set<Long> seen = access.peopleSeenBy(viewer);
    Page<Enrollment> page;
    if (userId != null) {
      if (!access.seesRecordOf(viewer, userId)) {
        return Page.empty(pageable);
      }
      page = enrollments.findByUserIdInAndStatusIn(List.of(userId), wanted, pageable);
    } else if (seen == null) {
      page = enrollments.findByStatusIn(wanted, pageable);
    } else {
      page = enrollments.findByUserIdInAndStatusIn(seen, wanted, pageable);
    }
    return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
  }

  /**
   * The requests that wait for {@code viewer}'s decision: their reports' (everyone's for the PMO
   * and administrators), never their own, oldest first.
   */
  @Transactional(readOnly = true)
  public Page<EnrollmentView> approvals(Pageable pageable, CurrentUser viewer) {
    Set<EnrollmentStatus> open = EnumSet.of(REQUESTED, WAITLISTED);
    Page<Enrollment> page;
    if (LearningAccess.seesAll(viewer)) {
      page = enrollments.undecided(open, viewer.id(), pageable);
    } else {
      Set<Long> reports = access.reportsOf(viewer);
      if (reports.isEmpty()) {
        return Page.empty(pageable);
      }
      page = enrollments.undecidedOf(open, reports, pageable);
    }
    return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
  }

  /**
   * The places on a session that {@code viewer} may see, in the order they were asked for: all for
   * the PMO and administrators, their own and their reports' for anyone else.
   */
  @Transactional(readOnly = true)
  public List<EnrollmentView> ofSession(long sessionId, CurrentUser viewer) {
    catalog.findSession(sessionId);
    return views(
        enrollments.findBySessionIdOrderByQueuedAtAscIdAsc(sessionId).stream()
            .filter(e -> access.seesRecordOf(viewer, e.getUserId()))
            .toList());
  }

  /** The enrollments of {@code userId} that hold a seat or wait for one, as the calendar shows. */
  @Transactional(readOnly = true)
  public List<EnrollmentView> calendarOf(long userId) {
    return views(
        enrollments.findByUserIdAndStatusIn(
            userId, EnumSet.complementOf(EnumSet.of(DECLINED, CANCELLED))));
  }

  // ---------------------------------------------------------------- changes

  /**
   * A seat on {@code sessionId} for {@code userId} (the caller when null). The caller's own request
   * waits for their line manager; the line manager or the PMO enrolling someone approves it at
   * once. A full session puts it on the wait list.
   */
  @Transactional
  public EnrollmentView request(long sessionId, Long userId, CurrentUser by) {
    return request(sessionId, userId, null, by);
  }

  /**
   * As {@link #request(long, Long, CurrentUser)}, checking the course's prerequisites: someone who
   * lacks them is refused (409 {@code prerequisites-missing}, naming what is missing) unless the
   * PMO or an administrator enrolls them with {@code override}, the reason for the exception, kept
   * on the enrollment.
   */
  @Transactional
  public EnrollmentView request(long sessionId, Long userId, String override, CurrentUser by) {
    long who = userId == null ? by.id() : userId;
    String exception = EnrollmentInput.reason(override, "overrideReason");
    if (who != by.id()) {
      if (identity.user(who).isEmpty() || !access.seesRecordOf(by, who)) {
        // Someone the caller may not see is as unknown as someone who does not exist.
        throw new NotFoundException("Person", who);
      }
      if (!access.decidesFor(by, who)) {
        throw new AccessDeniedException(
            "Only their line manager, the PMO and administrators enroll someone else");
      }
    }
    CourseSession session =
        sessions.lockById(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
    Instant now = clock.instant();
    session.requireOpen(now);
    if (enrollments.existsBySessionIdAndUserIdAndStatusNotIn(
        sessionId, who, EnumSet.of(DECLINED, CANCELLED))) {
      throw new BusinessRuleException(
          "enrollment-exists", "This person already has a place or a request on this session.");
    }
    String overridden =
        prerequisites.require(
            catalog.find(session.getCourseId()),
            who,
            who == by.id(),
            exception == null || exception.isEmpty() ? null : exception,
            who != by.id() && LearningAccess.seesAll(by));
    long taken =
        enrollments.countBySessionIdAndStatusIn(sessionId, EnrollmentStatus.HOLDING_A_SEAT);
    boolean preApproved = who != by.id();
    Enrollment saved =
        enrollments.saveAndFlush(
            Enrollment.request(
                sessionId,
                who,
                taken < session.getSeats(),
                preApproved,
                overridden,
                by.username(),
                now));
    EnrollmentView view = views(List.of(saved)).get(0);
    if (saved.getStatus() == REQUESTED) {
      access.lineManagerOf(who).ifPresent(m -> mail.approvalWanted(view, m));
    }
    return view;
  }

  @Transactional
  public EnrollmentView approve(long id, long expectedVersion, CurrentUser by) {
    Enrollment e = decidable(id, expectedVersion, by);
    e.approve(by.username(), clock.instant());
    return saved(e);
  }

  @Transactional
  public EnrollmentView decline(long id, String reason, long expectedVersion, CurrentUser by) {
    Enrollment e = decidable(id, expectedVersion, by);
    String why = EnrollmentInput.reason(reason, "reason");
    lockSession(e);
    e.decline(why, by.username(), clock.instant());
    EnrollmentView view = saved(e);
    promoteFromWaitList(e.getSessionId());
    return view;
  }

  @Transactional
  public EnrollmentView confirm(long id, long expectedVersion, CurrentUser by) {
    Enrollment e = runnable(id, expectedVersion, by);
    e.confirm(by.username(), clock.instant());
    EnrollmentView view = saved(e);
    mail.invitation(view);
    return view;
  }

  @Transactional
  public EnrollmentView attend(long id, long expectedVersion, CurrentUser by) {
    Enrollment e = runnable(id, expectedVersion, by);
    e.attend(by.username(), clock.instant());
    return saved(e);
  }

  /**
   * Completed, with a score from 0 to 100 (none when not graded) and the hours spent (the course's
   * duration when not given).
   */
  @Transactional
  public EnrollmentView complete(
      long id, BigDecimal score, BigDecimal hours, long expectedVersion, CurrentUser by) {
    Enrollment e = runnable(id, expectedVersion, by);
    EnrollmentInput.requireResult(score, hours);
    Course course = catalog.find(catalog.findSession(e.getSessionId()).getCourseId());
    e.complete(
        score, hours == null ? course.getDurationHours() : hours, by.username(), clock.instant());
    return saved(e);
  }

  /**
   * Records that {@code userId} completed a session that has already ended (the PMO and
   * administrators): training held before it was followed here. The place is completed at the
   * session's end, so it counts in the year and the certification cycle it was held in.
   */
  @Transactional
  public EnrollmentView recordHeld(
      long sessionId, long userId, BigDecimal score, BigDecimal hours, CurrentUser by) {
    LearningAccess.requireSessionRunner(by);
    if (identity.user(userId).isEmpty()) {
      throw new NotFoundException("Person", userId);
    }
    EnrollmentInput.requireResult(score, hours);
    CourseSession session =
        sessions.lockById(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
    Instant now = clock.instant();
    if (session.isCancelled() || session.getEndsAt().isAfter(now)) {
      throw new BusinessRuleException(
          "session-not-held", "Only a session that has taken place can be recorded as held.");
    }
    if (enrollments.existsBySessionIdAndUserIdAndStatusNotIn(
        sessionId, userId, EnumSet.of(DECLINED, CANCELLED))) {
      throw new BusinessRuleException(
          "enrollment-exists", "This person already has a place or a request on this session.");
    }
    if (enrollments.countBySessionIdAndStatusIn(sessionId, EnrollmentStatus.HOLDING_A_SEAT)
        >= session.getSeats()) {
      throw new BusinessRuleException("session-full", "Every seat of this session is taken.");
    }
    Course course = catalog.find(session.getCourseId());
    Enrollment e = Enrollment.request(sessionId, userId, true, true, null, by.username(), now);
    e.confirm(by.username(), now);
    e.complete(
        score,
        hours == null ? course.getDurationHours() : hours,
        by.username(),
        session.getEndsAt());
    return saved(e);
  }

  /**
   * Cancelled by the person, their line manager, the PMO or an administrator. A freed seat goes to
   * the first on the wait list.
   */
  @Transactional
  public EnrollmentView cancel(long id, String reason, long expectedVersion, CurrentUser by) {
    Enrollment e = find(id, by);
    if (e.getUserId() != by.id()
        && !LearningAccess.seesAll(by)
        && !access.manages(by, e.getUserId())) {
      throw new AccessDeniedException("Only the person, their line manager and the PMO cancel");
    }
    VersionCheck.require("Enrollment", expectedVersion, e.getVersion());
    String why = EnrollmentInput.reason(reason, "reason");
    lockSession(e);
    e.cancel(why, by.username(), clock.instant());
    EnrollmentView view = saved(e);
    promoteFromWaitList(e.getSessionId());
    return view;
  }

  /**
   * Changes a session (the PMO and administrators) under its lock, so that no request slips in
   * between; seats added go to the first on the wait list at once.
   */
  @Transactional
  public SessionView reviseSession(
      long sessionId, SessionData data, long expectedVersion, CurrentUser by) {
    sessions.lockById(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
    SessionView revised = catalog.revise(sessionId, data, expectedVersion, by);
    if (revised.cancelled()) {
      // A cancelled session keeps no one: every open place is cancelled and its person told.
      Instant now = clock.instant();
      for (Enrollment e : enrollments.findBySessionIdOrderByQueuedAtAscIdAsc(sessionId)) {
        if (!e.getStatus().isFinal() && e.getStatus() != EnrollmentStatus.ATTENDED) {
          e.cancel("The session was cancelled.", by.username(), now);
          mail.sessionCancelled(views(List.of(enrollments.saveAndFlush(e))).get(0));
        }
      }
    } else {
      promoteFromWaitList(sessionId);
    }
    return catalog.session(sessionId);
  }

  /** Gives every free seat of the session (whose row is locked) to the first on the wait list. */
  private void promoteFromWaitList(long sessionId) {
    CourseSession session = catalog.findSession(sessionId);
    long taken =
        enrollments.countBySessionIdAndStatusIn(sessionId, EnrollmentStatus.HOLDING_A_SEAT);
    List<Enrollment> queue =
        enrollments.findBySessionIdAndStatusOrderByQueuedAtAscIdAsc(sessionId, WAITLISTED);
    Instant now = clock.instant();
    for (Enrollment next : queue) {
      if (taken >= session.getSeats() || session.isCancelled()) {
        break;
      }
      next.promote(now);
      enrollments.saveAndFlush(next);
      taken++;
      EnrollmentView view = views(List.of(next)).get(0);
      mail.promoted(view);
      if (next.getStatus() == REQUESTED) {
        access.lineManagerOf(next.getUserId()).ifPresent(m -> mail.approvalWanted(view, m));
      }
    }
  }

  private void lockSession(Enrollment e) {
    sessions.lockById(e.getSessionId()).orElseThrow();
  }

  private Enrollment decidable(long id, long expectedVersion, CurrentUser by) {
    Enrollment e = find(id, by);
    if (!access.decidesFor(by, e.getUserId())) {
      throw new AccessDeniedException(
          e.getUserId() == by.id()
              ? "Nobody decides on their own request"
              : "Only the line manager, the PMO and administrators decide");
    }
    VersionCheck.require("Enrollment", expectedVersion, e.getVersion());
    return e;
  }

  private Enrollment runnable(long id, long expectedVersion, CurrentUser by) {
    Enrollment e = find(id, by);
    LearningAccess.requireSessionRunner(by);
    VersionCheck.require("Enrollment", expectedVersion, e.getVersion());
    return e;
  }

  private Enrollment find(long id, CurrentUser viewer) {
    Enrollment e =
        enrollments.findById(id).orElseThrow(() -> new NotFoundException("Enrollment", id));
    access.requireSees(viewer, e.getUserId(), "Enrollment", id);
    return e;
  }

  private EnrollmentView saved(Enrollment e) {
    return views(List.of(enrollments.saveAndFlush(e))).get(0);
  }

  /** Views of {@code list}, reading sessions, courses and people once for all. */
  List<EnrollmentView> views(Collection<Enrollment> list) {
    Map<Long, CourseSession> bySession =
        sessions.findAllById(list.stream().map(Enrollment::getSessionId).toList()).stream()
            .collect(Collectors.toMap(CourseSession::getId, Function.identity()));
    Map<Long, Course> byCourse =
        catalog.coursesById(bySession.values().stream().map(CourseSession::getCourseId).toList());
    Map<Long, UserSummary> people =
        identity.usersByIds(list.stream().map(Enrollment::getUserId).toList());
    return list.stream()
        .map(
            e -> {
              CourseSession s = bySession.get(e.getSessionId());
              Course c = byCourse.get(s.getCourseId());
              UserSummary u = people.get(e.getUserId());
              return new EnrollmentView(
                  e.getId(),
                  s.getId(),
                  c.getId(),
                  c.getTitle(),
                  s.getStartsAt(),
                  s.getEndsAt(),
                  e.getUserId(),
                  u == null ? "Person " + e.getUserId() : u.displayName(),
                  e.getStatus(),
                  e.getRequestedBy(),
                  e.getApprovedAt(),
                  e.getApprovedBy(),
                  c.getCost(),
                  c.getCurrency(),
                  e.getScore(),
                  e.getHours(),
                  e.getCompletedAt(),
                  e.getReason(),
                  e.getStatus() == WAITLISTED ? position(e) : null,
                  e.getPrerequisiteOverride(),
                  e.getVersion());
            })
        .toList();
  }

  private Integer position(Enrollment e) {
    List<Enrollment> queue =
        enrollments.findBySessionIdAndStatusOrderByQueuedAtAscIdAsc(e.getSessionId(), WAITLISTED);
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i).getId().equals(e.getId())) {
        return i + 1;
      }
    }
    return null;
  }

  /** The completed enrollments of {@code userId} with their course, for credits. */
  List<Completed> completedBy(long userId) {
    List<Enrollment> done = enrollments.completedBy(userId);
    Map<Long, CourseSession> bySession =
        sessions.findAllById(done.stream().map(Enrollment::getSessionId).toList()).stream()
            .collect(Collectors.toMap(CourseSession::getId, Function.identity()));
    Map<Long, Course> byCourse =
        catalog.coursesById(bySession.values().stream().map(CourseSession::getCourseId).toList());
    return done.stream()
        .map(e -> new Completed(e, byCourse.get(bySession.get(e.getSessionId()).getCourseId())))
        .toList();
  }

  /** A completed enrollment and its course. */
  record Completed(Enrollment enrollment, Course course) {

    BigDecimal credits() {
      return course.creditsFor(enrollment.getHours());
    }
  }
}
