package org.cairnpmo.planning.exports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.exports.MilestoneFeed.Milestone;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;

/**
 * A project's plan as files: MSPDI, PMXML or XER ({@link PlanFileWriter}), the task table as XLSX
 * ({@link TaskSheet}) and its milestones as an iCalendar feed ({@link MilestoneFeed}). Whoever sees
 * the project reads them; a project the caller may not see is "not found".
 *
 * <p><b>A person's milestone feed</b> holds the milestones of the plans of the open projects
 * (proposed, active, on hold) the person may see and takes part in: as manager, sponsor or member
 * of the project. Seeing a project is not enough (the PMO sees every project and would get the
 * whole portfolio); being a resource of a plan is not yet a link to a person, until the resources
 * module takes the resource lists over.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanFiles {

  private static final Set<ProjectStatus> OPEN =
      EnumSet.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD);

  private final PlanningApi planning;
  private final ProjectsApi projects;
  private final Clock clock;

  /** A file and the name it is saved under: the project's code and what it holds. */
  public record Document(String fileName, byte[] body) {

    static Document of(PlanExport plan, String what, String extension, byte[] body) {
      String code = plan.projectCode().replaceAll("[^A-Za-z0-9._-]", "_");
      return new Document(code + "-" + what + "." + extension, body);
    }
  }

  /** The plan written in {@code format}. */
  public Document planFile(long projectId, PlanFileWriter.Format format, CurrentUser me) {
    PlanExport plan = planning.exportView(projectId, me);
    return Document.of(plan, "plan", format.extension(), PlanFileWriter.write(plan, format));
  }

  public Document taskSheet(long projectId, CurrentUser me) {
    PlanExport plan = planning.exportView(projectId, me);
    return Document.of(plan, "tasks", "xlsx", TaskSheet.write(plan));
  }

  /** The milestones of the project's plan. */
  public byte[] projectFeed(long projectId, CurrentUser me) {
    PlanExport plan = planning.exportView(projectId, me);
    return MilestoneFeed.write(
        plan.projectCode() + " milestones",
        milestones(plan.projectCode(), plan.projectName(), projectId, plan.tasks()),
        clock.instant());
  }

  /** The milestones of the plans of the open projects {@code me} sees and takes part in. */
  public byte[] personalFeed(CurrentUser me) {
    ProjectFilter open = new ProjectFilter(null, OPEN, null, null, null, null);
    Map<Long, ProjectView> visible = projects.visibleProjects(projects.searchIds(open, me), me);
    List<Milestone> milestones = new ArrayList<>();
    visible.values().stream()
        .filter(p -> takesPart(p, me))
        .sorted(Comparator.comparing(ProjectView::code))
        .forEach(
            p -> {
              if (planning.findPlan(p.id(), me).isPresent()) {
                milestones.addAll(
                    milestones(p.code(), p.name(), p.id(), planning.allTasks(p.id(), null, me)));
              }
            });
    return MilestoneFeed.write(me.displayName() + ": milestones", milestones, clock.instant());
  }

  private static boolean takesPart(ProjectView project, CurrentUser me) {
    return Long.valueOf(me.id()).equals(project.managerId())
        || Long.valueOf(me.id()).equals(project.sponsorId())
        || project.members().stream().anyMatch(m -> m.userId() == me.id());
  }

  private static List<Milestone> milestones(
      String code, String name, long projectId, List<TaskView> tasks) {
    return tasks.stream()
        .filter(
            t -> t.milestone() && !t.summary() && (t.finish() != null || t.earlyFinish() != null))
        .map(t -> new Milestone(code, name, projectId, t))
        .toList();
  }
}
