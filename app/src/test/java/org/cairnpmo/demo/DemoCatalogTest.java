package org.cairnpmo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.demo.DemoCatalog.Person;
import org.cairnpmo.demo.DemoCatalog.Plan;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectStatus;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

  @Test
  void every_project_names_people_and_departments_that_exist() {
    Set<String> usernames =
        DemoCatalog.PEOPLE.stream().map(Person::username).collect(Collectors.toSet());
    Set<String> departments =
        DemoCatalog.DEPARTMENTS.stream().map(DemoCatalog.Dept::code).collect(Collectors.toSet());
    for (Plan plan : DemoCatalog.PROJECTS) {
      assertThat(departments).as(plan.name()).contains(plan.dept());
      assertThat(usernames).as(plan.name()).contains(plan.manager(), plan.sponsor());
      assertThat(usernames).as(plan.name()).containsAll(plan.members());
      assertThat(plan.manager()).as(plan.name()).isNotEqualTo(plan.sponsor());
      assertThat(plan.finish()).as(plan.name()).isAfter(plan.start());
    }
    DemoCatalog.PEOPLE.stream()
        .filter(p -> p.dept() != null)
        .forEach(p -> assertThat(departments).as(p.name()).contains(p.dept()));
  }

  @Test
  void every_path_follows_the_allowed_transitions_and_every_status_is_reached() {
    Set<ProjectStatus> reached = EnumSet.noneOf(ProjectStatus.class);
    for (Plan plan : DemoCatalog.PROJECTS) {
      ProjectStatus at = ProjectStatus.PROPOSED;
      for (ProjectStatus next : plan.path()) {
        assertThat(at.next()).as(plan.name() + ": " + at + " > " + next).contains(next);
        at = next;
      }
      reached.add(at);
    }
    assertThat(reached).isEqualTo(EnumSet.allOf(ProjectStatus.class));
  }

  @Test
  void the_organization_has_the_size_and_roles_the_readme_promises() {
    assertThat(DemoCatalog.DEPARTMENTS).hasSizeBetween(6, 8);
    assertThat(DemoCatalog.PEOPLE).hasSize(60);
    assertThat(DemoCatalog.PROJECTS).hasSizeBetween(38, 45);
    Set<String> usernames = new HashSet<>();
    DemoCatalog.PEOPLE.forEach(
        p -> assertThat(usernames.add(p.username())).as(p.username()).isTrue());
    assertThat(usernames)
        .contains("pmo", "exec", "pm", "rm", "member", "thomas.muller", "kevin.obrien");
    assertThat(DemoCatalog.PEOPLE.stream().filter(p -> p.roles().contains(Role.PROJECT_MANAGER)))
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(DemoCatalog.PEOPLE.stream().filter(p -> p.roles().contains(Role.RESOURCE_MANAGER)))
        .hasSizeBetween(2, 3);
    assertThat(DemoCatalog.PEOPLE)
        .allSatisfy(p -> assertThat(p.username()).matches("[a-z0-9][a-z0-9._-]{1,59}"));
  }
}
