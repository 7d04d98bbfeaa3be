package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.GovernanceApi.GateFact;
import org.cairnpmo.governance.GovernanceApi.ProjectGates;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.PathViews.PathProgress;
import org.cairnpmo.learning.domain.PathViews.PathView;
import org.cairnpmo.learning.domain.PathViews.StepProgress;
import org.cairnpmo.learning.domain.PathViews.StepView;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning paths and each person's progress along them. Everyone reads the paths; the PMO and
 * administrators write them. A person's progress is part of their record (them, their line manager,
 * the PMO, administrators).
 *
 * <p>Every step is checked from Cairn's data each time, never ticked by hand: a course completed, a
 * certification valid today, a competency's level counted as in the gap (the manager's, else the
 * person's own), or projects the person manages in the register whose gates were passed in
 * governance. Those projects are read as the person sees them, so nothing confidential to them
 * counts and the answer names no project.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearningPaths {

  private final LearningPathRepository paths;
  private final CourseRepository courses;
  private final CourseSessionRepository sessions;
  private final EnrollmentRepository enrollments;
  private final CertificationRepository certifications;
  private final CompetencyAssessmentRepository assessments;
  private final CompetencyFramework framework;
  private final LearningAccess access;
  private final IdentityApi identity;
  private final ProjectsApi projects;
  private final GovernanceApi governance;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<PathView> paths() {
    Map<Long, Competency> competencies = framework.byId();
    return paths.findAllByOrderByRoleNameAscNameAsc().stream()
        .map(p -> view(p, competencies))
        .toList();
  }

  @Transactional(readOnly = true)
  public PathView path(long id) {
    return view(find(id), framework.byId());
  }

  @Transactional
  public PathView define(PathData data, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    requireFreeName(data.name(), null);
    requireKnown(data);
    return view(
        paths.saveAndFlush(LearningPath.define(data, by.username(), clock.instant())),
        framework.byId());
  }

  @Transactional
  public PathView revise(long id, PathData data, long expectedVersion, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    LearningPath p = find(id);
    VersionCheck.require("Learning path", expectedVersion, p.getVersion());
    requireFreeName(data.name(), id);
    requireKnown(data);
    p.revise(data, by.username(), clock.instant());
    return view(paths.saveAndFlush(p), framework.byId());
  }

  /** The progress of {@code userId} (the viewer when null) along path {@code id}. */
  @Transactional(readOnly = true)
  public PathProgress progress(long id, Long userId, CurrentUser viewer) {
    long who = userId == null ? viewer.id() : userId;
    access.requireSees(viewer, who, "Person", who);
    LearningPath path = find(id);
    UserSummary person = identity.user(who).orElseThrow(() -> new NotFoundException("Person", who));
    Facts facts = facts(person);
    List<StepProgress> steps = new ArrayList<>();
    List<PathStep> all = path.steps();
    for (int i = 0; i < all.size(); i++) {
      PathStep s = all.get(i);
      steps.add(new StepProgress(i + 1, s.getKind(), s.getLabel(), facts.meets(s)));
    }
    int done = (int) steps.stream().filter(StepProgress::done).count();
    StepProgress next = steps.stream().filter(s -> !s.done()).findFirst().orElse(null);
    return new PathProgress(
        path.getId(),
        path.getName(),
        path.getRoleName(),
        who,
        person.displayName(),
        steps,
        done,
        steps.size(),
        next);
  }

  /** What Cairn knows of one person, read once for all the steps. */
  private Facts facts(UserSummary person) {
    LocalDate today = LocalDate.now(clock);
    Set<Long> sessionIds =
        enrollments.completedBy(person.id()).stream()
            .map(Enrollment::getSessionId)
            .collect(Collectors.toSet());
    Set<Long> coursesDone =
        sessions.findAllById(sessionIds).stream()
            .map(CourseSession::getCourseId)
            .collect(Collectors.toSet());
    Set<org.cairnpmo.learning.CertificationKind> held =
        certifications.findByUserIdIn(List.of(person.id())).stream()
            .filter(c -> c.validOn(today))
            .map(Certification::getKind)
            .collect(Collectors.toSet());
    Map<Long, Integer> self = new HashMap<>();
    Map<Long, Integer> manager = new HashMap<>();
    for (CompetencyAssessment a : assessments.findByUserId(person.id())) {
      (a.getSource() == CompetencyAssessment.Source.SELF ? self : manager)
          .put(a.getCompetencyId(), a.getLevel());
    }
    Map<Long, Integer> levels = new HashMap<>(self);
    levels.putAll(manager);
    return new Facts(person, coursesDone, held, levels);
  }

  private final class Facts {
    private final UserSummary person;
    private final Set<Long> coursesDone;
    private final Set<org.cairnpmo.learning.CertificationKind> held;
    private final Map<Long, Integer> levels;
    private List<int[]> managed; // per project: {tier level or MAX, gates passed}

    Facts(
        UserSummary person,
        Set<Long> coursesDone,
        Set<org.cairnpmo.learning.CertificationKind> held,
        Map<Long, Integer> levels) {
      this.person = person;
      this.coursesDone = coursesDone;
      this.held = held;
      this.levels = levels;
    }

    boolean meets(PathStep s) {
      return switch (s.getKind()) {
        case COURSE -> coursesDone.contains(s.getCourseId());
        case CERTIFICATION -> held.contains(s.getCertification());
        case COMPETENCY -> levels.getOrDefault(s.getCompetencyId(), 0) >= s.getLevel();
        case MANAGED_PROJECT ->
            managed().stream()
                .anyMatch(
                    p ->
                        (s.getTierLevel() == null || p[0] <= s.getTierLevel())
                            && p[1] >= s.getGates());
      };
    }

    /** The projects the person manages, each with its tier's level and its gates passed. */
    private List<int[]> managed() {
      if (managed == null) {
        CurrentUser asThem =
            new CurrentUser(person.id(), person.username(), person.displayName(), person.roles());
        Set<Long> ids =
            projects.searchIds(
                new ProjectFilter(null, Set.of(), null, person.id(), null, null), asThem);
        Map<Long, Integer> tierLevels =
            governance.tiers().stream()
                .collect(Collectors.toMap(TierOutline::id, TierOutline::level));
        managed = new ArrayList<>();
        for (ProjectGates g : governance.projectGates(ids).values()) {
          int tier =
              g.tierId() == null
                  ? Integer.MAX_VALUE
                  : tierLevels.getOrDefault(g.tierId(), Integer.MAX_VALUE);
          int passed = (int) g.gates().stream().filter(GateFact::passed).count();
          managed.add(new int[] {tier, passed});
        }
      }
      return managed;
    }
  }

  private void requireKnown(PathData data) {
    for (PathData.Step s : data.steps()) {
      if (s.courseId() != null && !courses.existsById(s.courseId())) {
        throw InvalidInputException.of("steps", "No course " + s.courseId() + ".");
      }
      if (s.competencyId() != null && s.kind() == PathStep.Kind.COMPETENCY) {
        framework.find(s.competencyId());
      }
    }
  }

  private void requireFreeName(String name, Long self) {
    paths
        .findByNameIgnoreCase(name.strip())
        .filter(other -> !other.getId().equals(self))
        .ifPresent(
            other -> {
              throw InvalidInputException.of("name", "A path of this name exists already.");
            });
  }

  private LearningPath find(long id) {
    return paths.findById(id).orElseThrow(() -> new NotFoundException("Learning path", id));
  }

  private PathView view(LearningPath p, Map<Long, Competency> competencies) {
    Map<Long, String> titles = new HashMap<>();
    List<StepView> steps = new ArrayList<>();
    List<PathStep> all = p.steps();
    for (int i = 0; i < all.size(); i++) {
      PathStep s = all.get(i);
      String course =
          s.getCourseId() == null
              ? null
              : titles.computeIfAbsent(
                  s.getCourseId(), cid -> courses.findById(cid).map(Course::getTitle).orElse(null));
      String competency =
          s.getCompetencyId() == null || !competencies.containsKey(s.getCompetencyId())
              ? null
              : competencies.get(s.getCompetencyId()).getName();
      steps.add(
          new StepView(
              i + 1,
              s.getKind(),
              s.getLabel(),
              s.getCourseId(),
              course,
              s.getCertification(),
              s.getCompetencyId(),
              competency,
              s.getLevel(),
              s.getTierLevel(),
              s.getGates()));
    }
    return new PathView(
        p.getId(), p.getName(), p.getRoleName(), p.getDescription(), steps, p.getVersion());
  }
}
