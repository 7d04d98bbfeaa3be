package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.platform.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * What a course asks of those who enroll: its prerequisite courses completed (on any session) and,
 * where it names a scheme, a certification of it valid today. Checked when a seat is asked for; the
 * PMO and administrators may enroll someone without them, giving a reason that stays on the
 * enrollment.
 */
@Component
class Prerequisites {

  static final String CODE = "prerequisites-missing";

  private final EnrollmentRepository enrollments;
  private final CourseSessionRepository sessions;
  private final CourseRepository courses;
  private final CertificationRepository certifications;
  private final Clock clock;

  Prerequisites(
      EnrollmentRepository enrollments,
      CourseSessionRepository sessions,
      CourseRepository courses,
      CertificationRepository certifications,
      Clock clock) {
    this.enrollments = enrollments;
    this.sessions = sessions;
    this.courses = courses;
    this.certifications = certifications;
    this.clock = clock;
  }

  /** What {@code userId} still lacks for {@code course}, in words; empty when nothing. */
  List<String> missing(Course course, long userId) {
    List<String> missing = new ArrayList<>();
    if (!course.getPrerequisites().isEmpty()) {
      Set<Long> completed =
          sessions
              .findAllById(
                  enrollments.completedBy(userId).stream().map(Enrollment::getSessionId).toList())
              .stream()
              .map(CourseSession::getCourseId)
              .collect(Collectors.toSet());
      courses.findAllById(course.getPrerequisites()).stream()
          .filter(c -> !completed.contains(c.getId()))
          .map(c -> "completed \u201c" + c.getTitle() + "\u201d")
          .sorted()
          .forEach(missing::add);
    }
    var scheme = course.getPrerequisiteCertification();
    if (scheme != null
        && certifications.validOn(scheme, LocalDate.now(clock)).stream()
            .noneMatch(c -> c.getUserId() == userId)) {
      missing.add("a valid " + scheme.label() + " certification");
    }
    return missing;
  }

  /**
   * Refuses the enrollment of {@code userId} on {@code course} when they lack something, unless an
   * override reason is given by one who may give it.
   *
   * @return the override reason to keep on the enrollment, null when nothing was missing
   */
  String require(Course course, long userId, boolean self, String override, boolean mayOverride) {
    List<String> missing = missing(course, userId);
    if (missing.isEmpty()) {
      return null;
    }
    if (override != null && mayOverride) {
      return override;
    }
    String who = self ? "You have" : "This person has";
    throw new BusinessRuleException(
        CODE,
        who
            + " not met the prerequisites of \u201c"
            + course.getTitle()
            + "\u201d: "
            + String.join(", ", missing)
            + "."
            + (mayOverride
                ? " To enroll them anyway, give the reason for the exception."
                : " The PMO may enroll an exception, with its reason."));
  }
}
