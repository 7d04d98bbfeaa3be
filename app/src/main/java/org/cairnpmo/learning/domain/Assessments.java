package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.PeopleDirectory;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentView;
import org.cairnpmo.learning.domain.CompetencyViews.CourseOption;
import org.cairnpmo.learning.domain.CompetencyViews.GapRow;
import org.cairnpmo.learning.domain.CompetencyViews.GapView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetView;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of people against the framework and their gap to a role's target profile. A person
 * assesses themselves; their line manager, the PMO or an administrator gives the manager's
 * assessment (never of themselves). Both are part of the person's record: seen by them, their line
 * manager, the PMO and administrators, missing to anyone else.
 *
 * <p>The level counted is the manager's where there is one, else the higher of the person's own and
 * the level their completed courses bring them to, else 0: the manager's view of their practice is
 * the one staffing relies on, a completed course counts until a manager says otherwise, and a
 * person who has shown nothing yet counts nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Assessments {

  private final CompetencyAssessmentRepository assessments;
  private final CompetencyFramework framework;
  private final CourseBuildRepository builds;
  private final CourseRepository courses;
  private final LearningAccess access;
  private final IdentityApi identity;
  private final ObjectProvider<PeopleDirectory> roles;
  private final Clock clock;

  @Transactional
  public AssessmentView assess(AssessmentData data, CurrentUser by) {
    long who = data.userId() == null ? by.id() : data.userId();
    access.requireSees(by, who, "Person", who);
    boolean allowed =
        data.source() == CompetencyAssessment.Source.SELF
            ? who == by.id()
            : access.decidesFor(by, who);
    if (!allowed) {
      throw new AccessDeniedException(
          data.source() == CompetencyAssessment.Source.SELF
              ? "Only the person assesses themselves"
              : "The line manager, the PMO or an administrator gives the manager's assessment");
    }
    Competency competency = framework.find(data.competencyId());
    CompetencyAssessment a =
        assessments
            .findByUserIdAndCompetencyIdAndSource(who, competency.getId(), data.source())
            .orElseGet(() -> CompetencyAssessment.of(who, competency.getId(), data.source()));
    a.rate(data.level(), data.note(), by.username(), clock.instant());
    return view(assessments.saveAndFlush(a), competency.getName());
  }

  /** The assessments of {@code userId}, by competency; missing to those who may not see them. */
  @Transactional(readOnly = true)
  public List<AssessmentView> of(long userId, CurrentUser viewer) {
    access.requireSees(viewer, userId, "Person", userId);
    Map<Long, Competency> byId = framework.byId();
    return assessments.findByUserId(userId).stream()
        .map(a -> view(a, byId.get(a.getCompetencyId()).getName()))
        .sorted(
            Comparator.comparing(AssessmentView::competency).thenComparing(AssessmentView::source))
        .toList();
  }

  /** The role of {@code userId} as the resource pool names it, if known. */
  public Optional<String> roleOf(long userId) {
    PeopleDirectory r = roles.getIfAvailable();
    return r == null ? Optional.empty() : r.roleOf(userId);
  }

  /**
   * The gap of {@code userId} against the target profile of {@code role} (their own role when
   * null). A role without a target profile answers 404 as for a missing profile.
   */
  @Transactional(readOnly = true)
  public GapView gap(long userId, String role, CurrentUser viewer) {
    access.requireSees(viewer, userId, "Person", userId);
    String roleName =
        role != null && !role.isBlank()
            ? role.strip()
            : roleOf(userId)
                .orElseThrow(
                    () ->
                        InvalidInputException.of(
                            "role", "The person has no role in the pool: name the role."));
    TargetProfileView profile =
        framework
            .profile(roleName)
            .orElseThrow(() -> new NotFoundException("Target profile", roleName));
    String name = identity.user(userId).map(UserSummary::displayName).orElse("#" + userId);
    return gap(userId, name, profile, assessments.findByUserId(userId));
  }

  /** The level counted from the manager's, the person's own and their completed courses. */
  static int counted(Integer self, Integer manager, Integer courses) {
    if (manager != null) {
      return manager;
    }
    return Math.max(self == null ? 0 : self, courses == null ? 0 : courses);
  }

  /**
   * The levels {@code userIds} have reached by completed courses: competency id to level, by user
   * id (absent for those who completed none that builds anything).
   */
  Map<Long, Map<Long, Integer>> courseLevels(java.util.Collection<Long> userIds) {
    Map<Long, Map<Long, Integer>> levels = new HashMap<>();
    if (userIds.isEmpty()) {
      return levels;
    }
    for (Object[] row : builds.completedLevels(userIds)) {
      levels
          .computeIfAbsent(((Number) row[0]).longValue(), u -> new HashMap<>())
          .put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
    }
    return levels;
  }

  private GapView gap(
      long userId, String name, TargetProfileView profile, List<CompetencyAssessment> theirs) {
    return gap(
        userId,
        name,
        profile,
        theirs,
        courseLevels(List.of(userId)).getOrDefault(userId, Map.of()));
  }

  /** The gap rows of one person; also used for the dashboard's heat map. */
  GapView gap(
      long userId,
      String name,
      TargetProfileView profile,
      List<CompetencyAssessment> theirs,
      Map<Long, Integer> byCourses) {
    Map<Long, Competency> byId = framework.byId();
    Map<Long, String> areaNames = framework.areaNames();
    Map<Long, Integer> self = new HashMap<>();
    Map<Long, Integer> manager = new HashMap<>();
    for (CompetencyAssessment a : theirs) {
      (a.getSource() == CompetencyAssessment.Source.SELF ? self : manager)
          .put(a.getCompetencyId(), a.getLevel());
    }
    Map<Long, List<CourseBuild>> closing =
        builds
            .findByKeyCompetencyIdIn(
                profile.targets().stream().map(TargetView::competencyId).toList())
            .stream()
            .collect(Collectors.groupingBy(CourseBuild::competencyId));
    Map<Long, Course> courseById = new HashMap<>();
    List<GapRow> rows = new ArrayList<>();
    int total = 0;
    for (TargetView t : profile.targets()) {
      Integer s = self.get(t.competencyId());
      Integer m = manager.get(t.competencyId());
      Integer done = byCourses.get(t.competencyId());
      int current = counted(s, m, done);
      int gap = Math.max(0, t.level() - current);
      total += gap;
      List<CourseOption> options = new ArrayList<>();
      if (gap > 0) {
        for (CourseBuild b : closing.getOrDefault(t.competencyId(), List.of())) {
          if (b.getLevel() <= current) {
            continue; // it brings them nowhere they are not already
          }
          Course c =
              courseById.computeIfAbsent(b.courseId(), id -> courses.findById(id).orElse(null));
          if (c != null && c.isActive()) {
            options.add(new CourseOption(c.getId(), c.getTitle(), b.getLevel()));
          }
        }
        options.sort(
            Comparator.comparingInt(CourseOption::level).thenComparing(CourseOption::title));
      }
      Competency competency = byId.get(t.competencyId());
      rows.add(
          new GapRow(
              t.competencyId(),
              t.competency(),
              areaNames.get(competency.getAreaId()),
              t.level(),
              s,
              m,
              done,
              current,
              gap,
              List.copyOf(options)));
    }
    return new GapView(userId, name, profile.role(), List.copyOf(rows), total);
  }

  /**
   * The level counted for each person assessed in the competency named {@code competency} (any
   * case) or who completed a course that builds it: the manager's, else the higher of their own and
   * their courses'. Unknown competency: nobody.
   */
  @Transactional(readOnly = true)
  public Map<Long, Integer> levelsIn(String competency) {
    Optional<Competency> c =
        framework.byId().values().stream()
            .filter(x -> x.getName().equalsIgnoreCase(competency.strip()))
            .findFirst();
    if (c.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> self = new TreeMap<>();
    Map<Long, Integer> manager = new TreeMap<>();
    for (CompetencyAssessment a : assessments.findByCompetencyId(c.get().getId())) {
      (a.getSource() == CompetencyAssessment.Source.SELF ? self : manager)
          .put(a.getUserId(), a.getLevel());
    }
    Map<Long, Integer> courses = new TreeMap<>();
    for (Object[] row : builds.completedLevelsIn(c.get().getId())) {
      courses.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    Map<Long, Integer> levels = new TreeMap<>();
    java.util.Set<Long> people = new java.util.TreeSet<>(self.keySet());
    people.addAll(manager.keySet());
    people.addAll(courses.keySet());
    for (Long id : people) {
      levels.put(id, counted(self.get(id), manager.get(id), courses.get(id)));
    }
    return levels;
  }

  private static AssessmentView view(CompetencyAssessment a, String competency) {
    return new AssessmentView(
        a.getId(),
        a.getUserId(),
        a.getCompetencyId(),
        competency,
        a.getSource(),
        a.getLevel(),
        a.getNote(),
        a.getAssessedBy(),
        a.getAssessedAt());
  }
}
