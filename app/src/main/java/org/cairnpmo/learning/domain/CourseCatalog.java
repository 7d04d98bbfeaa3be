package org.cairnpmo.learning.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: courses and their sessions. Everyone signed in reads it; the PMO and administrators
 * write it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseCatalog {

  /** By title. */
  public static final Sort COURSE_ORDER = Sort.by("title", "id");

  /** Soonest first. */
  public static final Sort SESSION_ORDER = Sort.by("startsAt", "id");

  private final CourseRepository courses;
  private final CourseSessionRepository sessions;
  private final EnrollmentRepository enrollments;
  private final Clock clock;

  // ---------------------------------------------------------------- courses

  @Transactional(readOnly = true)
  public Page<CourseView> search(CourseFilter filter, Pageable pageable) {
    CourseFilter f = filter == null ? CourseFilter.none() : filter;
    List<Long> upcoming =
        Boolean.TRUE.equals(f.upcoming())
            ? sessions.courseIdsWithSessionsAfter(clock.instant())
            : null;
    Specification<Course> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (f.format() != null) {
            where.add(cb.equal(root.get("format"), f.format()));
          }
          if (f.language() != null && !f.language().isBlank()) {
            where.add(cb.equal(root.get("language"), f.language().strip()));
          }
          if (f.q() != null && !f.q().isBlank()) {
            where.add(
                cb.like(
                    cb.lower(root.get("title")),
                    "%" + f.q().strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%"));
          }
          if (upcoming != null) {
            where.add(upcoming.isEmpty() ? cb.disjunction() : root.get("id").in(upcoming));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    Page<Course> page = courses.findAll(spec, pageable);
    Map<Long, String> titles = titlesOfPrerequisites(page.getContent());
    return page.map(c -> view(c, titles));
  }

  /** Every active course by title and id, for the forms that choose courses. */
  @Transactional(readOnly = true)
  public List<CourseView.CourseRef> titles() {
    return courses.findAll(COURSE_ORDER).stream()
        .filter(Course::isActive)
        .map(c -> new CourseView.CourseRef(c.getId(), c.getTitle()))
        .toList();
  }

  @Transactional(readOnly = true)
  public CourseView course(long id) {
    Course c = find(id);
    return view(c, titlesOfPrerequisites(List.of(c)));
  }

  @Transactional
  public CourseView define(CourseData data, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    requirePrerequisites(data, null);
    Course saved = courses.saveAndFlush(Course.define(data, by.username(), clock.instant()));
    return course(saved.getId());
  }

  @Transactional
  public CourseView revise(long id, CourseData data, long expectedVersion, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    Course c = find(id);
    VersionCheck.require("Course", expectedVersion, c.getVersion());
    requirePrerequisites(data, id);
    c.revise(data, by.username(), clock.instant());
    courses.saveAndFlush(c);
    return course(id);
  }

  private void requirePrerequisites(CourseData data, Long self) {
    List<Long> wanted = data.prerequisitesOrEmpty();
    if (self != null && wanted.contains(self)) {
      throw InvalidInputException.of("prerequisiteIds", "A course cannot be its own prerequisite.");
    }
    if (courses.findAllById(new HashSet<>(wanted)).size() != new HashSet<>(wanted).size()) {
      throw InvalidInputException.of("prerequisiteIds", "Choose prerequisites from the catalog.");
    }
    if (self != null && requiresTransitively(wanted, self)) {
      throw InvalidInputException.of(
          "prerequisiteIds", "A prerequisite that itself requires this course would make a loop.");
    }
  }

  /** Whether any of {@code start} requires {@code target}, directly or through others. */
  private boolean requiresTransitively(List<Long> start, long target) {
    java.util.Set<Long> seen = new HashSet<>();
    java.util.Deque<Long> pending = new java.util.ArrayDeque<>(start);
    while (!pending.isEmpty()) {
      long id = pending.pop();
      if (id == target) {
        return true;
      }
      if (seen.add(id)) {
        courses.findById(id).ifPresent(c -> pending.addAll(c.getPrerequisites()));
      }
    }
    return false;
  }

  Course find(long id) {
    return courses.findById(id).orElseThrow(() -> new NotFoundException("Course", id));
  }

  private Map<Long, String> titlesOfPrerequisites(List<Course> list) {
    var ids = list.stream().flatMap(c -> c.getPrerequisites().stream()).collect(Collectors.toSet());
    return courses.findAllById(ids).stream()
        .collect(Collectors.toMap(Course::getId, Course::getTitle));
  }

  private static CourseView view(Course c, Map<Long, String> titles) {
    return new CourseView(
        c.getId(),
        c.getTitle(),
        c.getDescription(),
        c.getKind(),
        c.getFormat(),
        c.getDurationHours(),
        c.getCredits(),
        c.getProvider(),
        c.getCost(),
        c.getCurrency(),
        c.getLanguage(),
        c.getPrerequisites().stream()
            .filter(titles::containsKey)
            .map(p -> new CourseView.CourseRef(p, titles.get(p)))
            .toList(),
        c.getPrerequisiteCertification(),
        c.getCompetencies(),
        c.getMethodId(),
        c.getMethodName(),
        c.isActive(),
        c.getVersion());
  }

  // ---------------------------------------------------------------- sessions

  @Transactional(readOnly = true)
  public Page<SessionView> sessionsOf(long courseId, Pageable pageable) {
    Course c = find(courseId);
    return sessions.findByCourseId(courseId, pageable).map(s -> view(s, c));
  }

  @Transactional(readOnly = true)
  public SessionView session(long id) {
    CourseSession s = findSession(id);
    return view(s, find(s.getCourseId()));
  }

  @Transactional
  public SessionView plan(long courseId, SessionData data, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    Course c = find(courseId);
    CourseSession saved =
        sessions.saveAndFlush(CourseSession.plan(courseId, data, by.username(), clock.instant()));
    return view(saved, c);
  }

  @Transactional
  public SessionView revise(long id, SessionData data, long expectedVersion, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    CourseSession s = findSession(id);
    VersionCheck.require("Session", expectedVersion, s.getVersion());
    long taken = enrollments.countBySessionIdAndStatusIn(id, EnrollmentStatus.HOLDING_A_SEAT);
    if (data.seats() != null && data.seats() < taken) {
      throw InvalidInputException.of(
          "seats", taken + " seats are taken; cancel enrollments before offering fewer.");
    }
    s.revise(data, by.username(), clock.instant());
    return view(sessions.saveAndFlush(s), find(s.getCourseId()));
  }

  CourseSession findSession(long id) {
    return sessions.findById(id).orElseThrow(() -> new NotFoundException("Session", id));
  }

  /** The courses of {@code ids} by id. */
  Map<Long, Course> coursesById(java.util.Collection<Long> ids) {
    return courses.findAllById(ids).stream()
        .collect(Collectors.toMap(Course::getId, Function.identity()));
  }

  SessionView view(CourseSession s, Course c) {
    return new SessionView(
        s.getId(),
        c.getId(),
        c.getTitle(),
        s.getStartsAt(),
        s.getEndsAt(),
        s.getPlace(),
        s.getLink(),
        s.getTrainer(),
        s.getSeats(),
        enrollments.countBySessionIdAndStatusIn(s.getId(), EnrollmentStatus.HOLDING_A_SEAT),
        enrollments.countBySessionIdAndStatusIn(
            s.getId(), java.util.Set.of(EnrollmentStatus.WAITLISTED)),
        s.isCancelled(),
        s.getVersion());
  }
}
