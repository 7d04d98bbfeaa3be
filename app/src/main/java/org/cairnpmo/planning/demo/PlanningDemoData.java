package org.cairnpmo.planning.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ProgressUpdate;
import org.cairnpmo.planning.TaskProgress;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans for the demo's active projects, from {@code demo/planning-plans.yml} (a warehouse system
 * rollout, a plant retrofit, a product development and launch, a trade fair): each plan is imported
 * as a whole, saved as baseline 0 ("Approved plan"), and then brought up to today with progress:
 * tasks planned to finish by the status date are done (about one in five later than planned), tasks
 * under way are partly done (some behind). Key milestones of the project with the name a plan
 * milestone gives follow that milestone. Some resources are wanted by more tasks at once than they
 * can serve, for leveling to resolve.
 *
 * <p>Goes through {@link PlanningApi} as the PMO, one transaction per project, after the budgets
 * (the last part of the demo); a project that has a plan with tasks is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanningDemoData {

  static final String FILE = "planning-plans.yml";

  private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

  private final PlanningApi planning;
  private final ProjectsApi projects;
  private final ControlApi control;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Loads after the budgets, the last part of the demo before it. */
  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    DemoLoaded.orLog(log, "Demo plans", this::load);
  }

  void load() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo plans: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    CurrentUser by = pmo.get().asCurrentUser();
    int loaded = 0;
    for (Map<String, Object> template : DemoResource.entries(FILE)) {
      String name = PlanTemplate.project(template);
      Optional<ProjectView> project = project(name, by);
      if (project.isEmpty()) {
        log.warn("Demo plans: no active project named {}", name);
        continue;
      }
      try {
        PlanView plan = transaction.execute(status -> load(project.get(), template, by));
        if (plan != null) {
          loaded++;
          log.info(
              "Demo plans: {} tasks for {}, finishing {} ({} planned), {} conflicts",
              plan.taskCount(),
              project.get().code(),
              plan.finish(),
              project.get().plannedFinish(),
              plan.conflicts().size());
        }
      } catch (RuntimeException e) {
        log.warn("Demo plans: no plan for {}: {}", project.get().code(), e.getMessage());
      }
    }
    log.info("Demo plans: loaded {} plans.", loaded);
  }

  private Optional<ProjectView> project(String name, CurrentUser by) {
    ProjectFilter filter =
        new ProjectFilter(name, java.util.Set.of(ProjectStatus.ACTIVE), null, null, null, null);
    return projects.search(filter, PageRequest.of(0, 20), by).getContent().stream()
        .filter(p -> p.name().equals(name))
        .findFirst();
  }

  /** The project's plan, loaded; null when it had one. */
  private PlanView load(ProjectView project, Map<String, Object> template, CurrentUser by) {
    PlanView plan = planning.plan(project.id(), by);
    if (plan.taskCount() > 0 || project.plannedStart() == null) {
      return null;
    }
    Map<String, Long> milestones = new HashMap<>();
    for (MilestoneView milestone : control.milestones(project.id(), by)) {
      milestones.putIfAbsent(milestone.name(), milestone.id());
    }
    // As the file has it, then stretched or shrunk to end a little before the project's
    // planned finish, so that each plan fills its project's window.
    LocalDate start = project.plannedStart();
    PlanEdit<PlanView> first =
        planning.replacePlan(
            project.id(),
            PlanTemplate.build(template, start, 1, milestones, this::userId),
            plan.version(),
            by);
    long version = first.version();
    if (project.plannedFinish() != null && first.result().finish() != null) {
      double wanted = 0.95 * ChronoUnit.DAYS.between(start, project.plannedFinish());
      double got =
          Math.max(1, ChronoUnit.DAYS.between(start, first.result().finish().toLocalDate()));
      double scale = Math.max(0.5, Math.min(4, wanted / got));
      PlanImport scaled = PlanTemplate.build(template, start, scale, milestones, this::userId);
      version = planning.replacePlan(project.id(), scaled, version, by).version();
    }
    planning.saveBaseline(project.id(), 0, "Approved plan", version, by);
    List<TaskView> tasks = planning.allTasks(project.id(), null, by);
    LocalDateTime statusDate =
        LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).atTime(17, 0);
    Random random = new Random(project.code().hashCode());
    return planning
        .recordProgress(
            project.id(),
            new ProgressUpdate(statusDate, progress(tasks, statusDate, random)),
            version,
            by)
        .result();
  }

  private Long userId(String username) {
    return identity.userByUsername(username).map(UserSummary::id).orElse(null);
  }

  /**
   * What is done at the status date: finished tasks (one in five later than planned), tasks under
   * way by the share of their time gone (one in four behind that).
   */
  static List<TaskProgress> progress(
      List<TaskView> tasks, LocalDateTime statusDate, Random random) {
    List<TaskProgress> done = new ArrayList<>();
    for (TaskView task : tasks) {
      if (task.summary() || task.start() == null || !task.start().isBefore(statusDate)) {
        continue;
      }
      if (!task.finish().isAfter(statusDate)) {
        LocalDateTime finish = task.finish();
        if (random.nextInt(5) == 0 && !task.milestone()) {
          finish = finish.plusDays(1 + random.nextInt(3));
        }
        done.add(
            new TaskProgress(
                task.id(), 100.0, task.start(), finish.isAfter(statusDate) ? statusDate : finish));
      } else {
        double share =
            (double) ChronoUnit.MINUTES.between(task.start(), statusDate)
                / Math.max(1, ChronoUnit.MINUTES.between(task.start(), task.finish()));
        double percent = Math.floor(share * (random.nextInt(4) == 0 ? 60 : 100));
        done.add(
            new TaskProgress(task.id(), Math.min(95, Math.max(5, percent)), task.start(), null));
      }
    }
    return done;
  }
}
