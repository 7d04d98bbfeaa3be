package org.cairnpmo.planning.domain;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.projects.ClosingReport;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning's part of a closed project's final report: when the plan was to start and finish (its
 * first baseline, as approved), when its last schedule had it, and when the work actually started
 * and finished (the earliest actual start and the latest actual finish of its tasks).
 */
@Component
class PlanClosingReport implements ClosingReport {

  private static final CurrentUser READER =
      new CurrentUser(0, "archive", "Final report", Set.of(Role.ADMIN));

  private final PlanService plans;
  private final PlanRepository repository;

  PlanClosingReport(PlanService plans, PlanRepository repository) {
    this.plans = plans;
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Part> closingReport(ProjectView project) {
    if (repository.findByProjectId(project.id()).isEmpty()) {
      return List.of(
          new Part(10, "Schedule", List.of(), List.of(), List.of("The project has no plan.")));
    }
    PlanExport plan = plans.export(project.id(), READER);
    List<BaselineTask> baseline =
        plan.baselines().isEmpty() ? List.of() : plan.baselines().get(0).tasks();
    List<TaskView> tasks = plan.tasks();
    String baselineName =
        plan.baselines().isEmpty() ? null : plan.baselines().get(0).baseline().name();
    return List.of(
        new Part(
            10,
            "Schedule: planned and actual",
            List.of("", "Start", "Finish"),
            List.of(
                List.of(
                    baselineName == null ? "Baseline (none saved)" : "Baseline: " + baselineName,
                    at(
                        baseline.stream()
                            .map(BaselineTask::start)
                            .filter(Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .orElse(null)),
                    at(
                        baseline.stream()
                            .map(BaselineTask::finish)
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null))),
                List.of("Last schedule", at(plan.plan().start()), at(plan.plan().finish())),
                List.of(
                    "Actual",
                    at(
                        tasks.stream()
                            .map(TaskView::actualStart)
                            .filter(Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .orElse(null)),
                    at(
                        tasks.stream()
                            .map(TaskView::actualFinish)
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null)))),
            List.of(tasks.size() + " task(s) in the plan.")));
  }

  private static String at(LocalDateTime moment) {
    return moment == null ? "—" : moment.toLocalDate().toString();
  }
}
