package org.cairnpmo.resources.leveling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.leveling.LevelingOptions;
import org.cairnpmo.engine.schedule.leveling.OverAllocation;
import org.cairnpmo.engine.schedule.leveling.PortfolioLeveler;
import org.cairnpmo.engine.schedule.leveling.PortfolioLeveling;
import org.cairnpmo.engine.schedule.leveling.PortfolioLevelingRequest;
import org.cairnpmo.engine.schedule.leveling.PortfolioProject;
import org.cairnpmo.engine.schedule.leveling.ResourceCapacity;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.OverAllocationView;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.ResourcesApi;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.cairnpmo.resources.leveling.LevelingChange.PlanChange;
import org.cairnpmo.resources.leveling.LevelingLimits.ProjectLimit;
import org.cairnpmo.resources.leveling.LevelingPreview.SharedPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leveling across projects: the people that several projects' plans share (a plan resource linked
 * to the same user) are levelled over all of them at once by the engine's {@link PortfolioLeveler},
 * the preview shows each project's effect, and applying writes every plan or none. Only the
 * projects the caller may see take part, and only they are named or counted.
 */
@Service
public class LevelingService {

  /** A full-time week, which is one unit of a person. */
  static final BigDecimal FULL_WEEK_HOURS = BigDecimal.valueOf(40);

  private final PlanningApi planning;
  private final ProjectsApi projects;
  private final ResourcesApi resources;
  private final LevelingEffects effects;
  private final IdentityApi identity;

  LevelingService(
      PlanningApi planning,
      ProjectsApi projects,
      ResourcesApi resources,
      LevelingEffects effects,
      IdentityApi identity) {
    this.planning = planning;
    this.projects = projects;
    this.resources = resources;
    this.effects = effects;
    this.identity = identity;
  }

  /** Who levels across projects: resource managers, the PMO and administrators. */
  public static boolean mayLevel(CurrentUser user) {
    // The same people who keep the pool.
    return ResourcesAccess.editsPool(user);
  }

  static void requireLeveler(CurrentUser user) {
    if (!mayLevel(user)) {
      throw new AccessDeniedException(
          "Leveling across projects is for resource managers, the PMO and administrators");
    }
  }

  /** A project the page offers, with the people it shares with the other ones offered. */
  public record Candidate(ProjectView project, List<String> sharedPeople) {}

  /**
   * The open projects {@code me} may see whose plans share a person with another of them, the most
   * important first (the register's priority, then the planned start and the code): the page's
   * default order.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(CurrentUser me) {
    requireLeveler(me);
    Map<Long, Set<Long>> usersByProject = planning.usersByProject(me);
    Map<Long, ProjectView> open = new HashMap<>();
    projects
        .visibleProjects(usersByProject.keySet(), me)
        .forEach(
            (id, project) -> {
              if (!project.isFinished()) {
                open.put(id, project);
              }
            });
    Map<Long, Integer> count = new HashMap<>();
    open.keySet()
        .forEach(id -> usersByProject.get(id).forEach(u -> count.merge(u, 1, Integer::sum)));
    List<Candidate> candidates = new ArrayList<>();
    for (ProjectView project : open.values()) {
      List<String> shared =
          planning.resources(project.id(), me).stream()
              .filter(r -> r.userId() != null && count.getOrDefault(r.userId(), 0) > 1)
              .map(ResourceView::name)
              .distinct()
              .toList();
      if (!shared.isEmpty()) {
        candidates.add(new Candidate(project, shared));
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.project().priority().rank())
            .thenComparing(
                c -> c.project().plannedStart(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.project().code()));
    return candidates;
  }

  /** What leveling the shared people of the projects would do; nothing is saved. */
  @Transactional(readOnly = true)
  public LevelingPreview preview(LevelingLimits limits, CurrentUser me) {
    requireLeveler(me);
    limits.check();
    List<FieldProblem> problems = new ArrayList<>();
    List<ProjectView> chosen = new ArrayList<>();
    List<PlanView> plans = new ArrayList<>();
    for (int i = 0; i < limits.projects().size(); i++) {
      long id = limits.projects().get(i).projectId();
      String at = "projects[" + i + "].projectId";
      ProjectView project = projects.visibleProject(id, me).orElse(null);
      PlanView plan = project == null ? null : planning.findPlan(id, me).orElse(null);
      if (project == null) {
        problems.add(new FieldProblem(at, "There is no project " + id + "."));
      } else if (project.isFinished()) {
        problems.add(
            new FieldProblem(at, project.code() + " is finished; its plan stays as it is."));
      } else if (plan == null) {
        problems.add(new FieldProblem(at, project.code() + " has no plan yet."));
      }
      chosen.add(project);
      plans.add(plan);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Team team = team(chosen, me);
    List<PortfolioProject> portfolio = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      ProjectLimit limit = limits.projects().get(i);
      portfolio.add(
          new PortfolioProject(
              Long.toString(chosen.get(i).id()),
              planning.levelingRequest(chosen.get(i).id(), me),
              team.resourcesOf(chosen.get(i).id()),
              limit.mayMove(),
              limit.delayDays() * Span.MINUTES_PER_DAY));
    }
    PortfolioLeveling leveled;
    try {
      leveled =
          PortfolioLeveler.level(
              new PortfolioLevelingRequest(
                  portfolio,
                  team.capacities(),
                  limits.from() == null ? null : limits.from().atStartOfDay(),
                  limits.to() == null ? null : limits.to().atTime(LocalTime.MAX)),
              LevelingOptions.heuristic());
    } catch (InvalidScheduleException e) {
      throw new BusinessRuleException(
          "cannot-level", "These plans cannot be leveled together: " + e.getMessage());
    }
    List<LevelingPreview.ProjectEffect> effectsOf = new ArrayList<>();
    List<PlanChange> changes = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      LevelingPreview.ProjectEffect effect =
          effects.of(
              chosen.get(i), limits.projects().get(i), plans.get(i), leveled.projects().get(i), me);
      effectsOf.add(effect);
      if (!effect.moves().isEmpty()) {
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        effect.moves().forEach(m -> starts.put(m.taskId(), m.startAfter()));
        changes.add(new PlanChange(effect.projectId(), effect.planVersion(), starts));
      }
    }
    return new LevelingPreview(
        limits.from(),
        limits.to(),
        team.people(),
        effectsOf,
        team.clashes(leveled.overAllocatedBefore()),
        team.clashes(leveled.overAllocatedAfter()),
        new LevelingChange(changes));
  }

  /** A plan that leveling changed: its new version and finish. */
  public record Applied(long projectId, String code, long version, LocalDateTime finish) {}

  /**
   * Applies a previewed leveling to every plan it names, or to none: a plan changed since the
   * preview is reported (409) and nothing is written.
   */
  @Transactional
  public List<Applied> apply(LevelingChange change, CurrentUser me) {
    requireLeveler(me);
    List<FieldProblem> problems = new ArrayList<>();
    if (change.plans().isEmpty() || change.plans().size() > LevelingLimits.MAX_PROJECTS) {
      problems.add(
          new FieldProblem(
              "plans", "Name from 1 to " + LevelingLimits.MAX_PROJECTS + " plans: preview again."));
    }
    for (int i = 0; i < change.plans().size(); i++) {
      PlanChange plan = change.plans().get(i);
      String at = "plans[" + i + "]";
      if (plan == null || plan.projectId() == null || plan.version() == null) {
        problems.add(new FieldProblem(at, "Name the project and its plan's version."));
      } else if (plan.starts().isEmpty()) {
        problems.add(new FieldProblem(at + ".starts", "Name the tasks that move."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> stale = new ArrayList<>();
    for (PlanChange plan : change.plans()) {
      ProjectView project = projects.requireVisible(plan.projectId(), me);
      long now = planning.findPlan(project.id(), me).map(PlanView::version).orElse(0L);
      if (now != plan.version()) {
        stale.add(project.code());
      }
    }
    if (!stale.isEmpty()) {
      throw new BusinessRuleException(
          "plans-changed",
          "The plan of "
              + String.join(", ", stale)
              + " changed after the preview, so nothing was applied. Preview again.");
    }
    List<Applied> applied = new ArrayList<>();
    for (PlanChange plan : change.plans()) {
      PlanView after =
          planning.applyLeveling(plan.projectId(), plan.starts(), plan.version(), me).result();
      applied.add(
          new Applied(
              plan.projectId(),
              projects.requireVisible(plan.projectId(), me).code(),
              after.version(),
              after.finish()));
    }
    return applied;
  }

  /**
   * The people behind the chosen plans' resources who are in two or more of them, with their
   * capacity: the pool's hours per week after part time over a full-time week, or, for a user who
   * is not in the pool, the most units any of the plans gives them; named as in the pool, else as
   * the user.
   */
  private Team team(List<ProjectView> chosen, CurrentUser me) {
    Map<Long, Map<Long, ResourceView>> byUser = new TreeMap<>();
    for (ProjectView project : chosen) {
      for (ResourceView r : planning.resources(project.id(), me)) {
        if (r.userId() != null) {
          byUser
              .computeIfAbsent(r.userId(), k -> new LinkedHashMap<>())
              .putIfAbsent(project.id(), r);
        }
      }
    }
    Map<Long, String> codes = new HashMap<>();
    chosen.forEach(p -> codes.put(p.id(), p.code()));
    Team team = new Team();
    byUser.forEach(
        (userId, inProjects) -> {
          if (inProjects.size() < 2) {
            return;
          }
          BigDecimal most =
              inProjects.values().stream()
                  .map(ResourceView::maxUnits)
                  .max(Comparator.naturalOrder())
                  .orElse(BigDecimal.ONE);
          var person = resources.personOfUser(userId, me);
          BigDecimal capacity =
              person
                  .map(p -> p.weeklyHours().divide(FULL_WEEK_HOURS, 2, RoundingMode.HALF_UP))
                  .orElse(most);
          String name =
              person
                  .map(p -> p.name())
                  .or(() -> identity.user(userId).map(UserSummary::displayName))
                  .orElse(inProjects.values().iterator().next().name());
          team.add(
              userId,
              name,
              capacity,
              inProjects,
              inProjects.keySet().stream().map(codes::get).toList());
        });
    return team;
  }

  /** The shared people of a leveling, by the engine's resource id "user-{id}". */
  private static final class Team {

    private final List<SharedPerson> people = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Long, Map<String, String>> resources = new HashMap<>();

    void add(
        long userId,
        String name,
        BigDecimal capacity,
        Map<Long, ResourceView> inProjects,
        List<String> codes) {
      String key = "user-" + userId;
      people.add(new SharedPerson(userId, name, capacity, codes));
      names.put(key, name);
      inProjects.forEach(
          (projectId, resource) ->
              resources
                  .computeIfAbsent(projectId, k -> new HashMap<>())
                  .put(Long.toString(resource.id()), key));
    }

    Map<String, String> resourcesOf(long projectId) {
      return resources.getOrDefault(projectId, Map.of());
    }

    List<ResourceCapacity> capacities() {
      return people.stream()
          .map(p -> new ResourceCapacity("user-" + p.userId(), p.capacity().doubleValue()))
          .toList();
    }

    List<SharedPerson> people() {
      return people;
    }

    List<OverAllocationView> clashes(List<OverAllocation> overAllocations) {
      return overAllocations.stream()
          .map(o -> OverAllocationView.of(o, names.get(o.resourceId())))
          .toList();
    }
  }
}
