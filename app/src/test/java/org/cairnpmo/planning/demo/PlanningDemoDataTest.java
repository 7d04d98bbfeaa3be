package org.cairnpmo.planning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.ConflictKind;
import org.cairnpmo.planning.ConflictView;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's plans: each active project the plan file names has a plan of 50 to 300 tasks with a
 * baseline, progress at a status date, three-point estimates and resources wanted beyond what they
 * have; the only conflicts are deadlines the plan file set on purpose. Loading again adds nothing.
 */
class PlanningDemoDataTest extends DemoDataTest {

  @Autowired PlanningDemoData demo;
  @Autowired PlanningApi planning;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;

  @Test
  void every_plan_of_the_file_is_loaded_scheduled_baselined_and_under_way() {
    CurrentUser pmo = pmo();
    List<String> names =
        DemoResource.entries(PlanningDemoData.FILE).stream().map(PlanTemplate::project).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(3);
    for (String name : names) {
      ProjectView project = project(name, pmo);
      PlanView plan = planning.plan(project.id(), pmo);
      List<TaskView> tasks = planning.allTasks(project.id(), 0, pmo);
      assertThat(tasks.size()).as(name).isBetween(50, 300);
      assertThat(plan.statusDate()).as(name).isNotNull();
      assertThat(plan.finish()).as(name).isNotNull();
      assertThat(planning.baselines(project.id(), pmo)).as(name).hasSize(1);
      assertThat(tasks).as(name).allSatisfy(t -> assertThat(t.start()).isNotNull());
      assertThat(tasks).as(name).anySatisfy(t -> assertThat(t.critical()).isTrue());
      assertThat(tasks).as(name).anySatisfy(t -> assertThat(t.variance()).isNotNull());
      assertThat(tasks)
          .as(name)
          .filteredOn(t -> !t.summary() && !t.milestone())
          .allSatisfy(t -> assertThat(t.estimate()).isNotNull());
      Set<Long> withDeadline =
          tasks.stream()
              .filter(t -> t.deadline() != null)
              .map(TaskView::id)
              .collect(Collectors.toSet());
      for (ConflictView conflict : plan.conflicts()) {
        assertThat(conflict.kind())
            .as(name + ": " + conflict.message())
            .isEqualTo(ConflictKind.DEADLINE);
        assertThat(withDeadline).as(name).contains(conflict.taskId());
      }
      if (!plan.statusDate().toLocalDate().isBefore(project.plannedStart())) {
        assertThat(tasks).as(name).anySatisfy(t -> assertThat(t.percentComplete()).isPositive());
      }
    }
    assertThat(names)
        .as("at least one plan wants a resource beyond its units")
        .anySatisfy(name -> assertThat(overAllocated(project(name, pmo).id(), pmo)).isTrue());
  }

  @Test
  void loading_again_adds_nothing() {
    CurrentUser pmo = pmo();
    ProjectView project =
        project(PlanTemplate.project(DemoResource.entries(PlanningDemoData.FILE).get(0)), pmo);
    long version = planning.plan(project.id(), pmo).version();
    demo.load();
    assertThat(planning.plan(project.id(), pmo).version()).isEqualTo(version);
  }

  /** Whether some working day has tasks wanting more of a resource than it has. */
  private boolean overAllocated(long projectId, CurrentUser pmo) {
    Map<Long, TaskView> tasks =
        planning.allTasks(projectId, null, pmo).stream()
            .collect(Collectors.toMap(TaskView::id, t -> t));
    Map<Long, BigDecimal> capacity = new HashMap<>();
    for (ResourceView resource : planning.resources(projectId, pmo)) {
      capacity.put(resource.id(), resource.maxUnits());
    }
    Map<String, BigDecimal> load = new HashMap<>();
    for (RequirementView requirement : planning.requirements(projectId, pmo)) {
      TaskView task = tasks.get(requirement.taskId());
      for (LocalDate day = task.start().toLocalDate();
          day.isBefore(task.finish().toLocalDate());
          day = day.plusDays(1)) {
        String key = requirement.resourceId() + "@" + day;
        BigDecimal total = load.merge(key, requirement.units(), BigDecimal::add);
        if (total.compareTo(capacity.get(requirement.resourceId())) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private ProjectView project(String name, CurrentUser pmo) {
    return projects
        .search(
            new ProjectFilter(name, EnumSet.of(ProjectStatus.ACTIVE), null, null, null, null),
            PageRequest.of(0, 20),
            pmo)
        .getContent()
        .stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }
}
