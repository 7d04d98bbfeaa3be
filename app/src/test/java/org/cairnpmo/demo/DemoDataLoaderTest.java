package org.cairnpmo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo organization loads at start, looks like a living PMO, obeys the register's rules, and is
 * loaded only once. It gets a database of its own (a separate in-memory H2, or a separate schema
 * when the suite runs on PostgreSQL) so that its sixty people never show up in other tests.
 */
class DemoDataLoaderTest extends DemoDataTest {

  @Autowired DemoDataLoader loader;
  @Autowired SyntheticProjects synthetic;
  @Autowired IdentityApi identity;
  @Autowired OrganizationApi organization;
  @Autowired ProjectService projects;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;

  @Test
  void a_newcomer_finds_a_whole_organization() {
    assertThat(organization.departments())
        .extracting(DepartmentSummary::name)
        .contains("Finance", "Information Technology", "Operations", "Research & Development");
    List<UserSummary> people = identity.activeUsers();
    assertThat(people).hasSizeGreaterThanOrEqualTo(DemoCatalog.PEOPLE.size());
    assertThat(identity.userByUsername("pmo").orElseThrow().roles()).contains(Role.PMO);
    assertThat(identity.userByUsername("exec").orElseThrow().roles()).contains(Role.EXECUTIVE);
    assertThat(identity.userByUsername("pm").orElseThrow().roles()).contains(Role.PROJECT_MANAGER);
    assertThat(identity.userByUsername("rm").orElseThrow().roles()).contains(Role.RESOURCE_MANAGER);
    assertThat(identity.userByUsername("thomas.muller").orElseThrow().displayName())
        .isEqualTo("Thomas Müller");
    long managers = people.stream().filter(u -> u.roles().contains(Role.PROJECT_MANAGER)).count();
    assertThat(managers).isGreaterThanOrEqualTo(10);
  }

  @Test
  void the_register_holds_projects_in_every_status_with_their_people() {
    List<ProjectView> all = demoProjects(as("pmo"));
    assertThat(all).hasSize(DemoCatalog.PROJECTS.size());
    Set<ProjectStatus> statuses = all.stream().map(ProjectView::status).collect(Collectors.toSet());
    assertThat(statuses).isEqualTo(EnumSet.allOf(ProjectStatus.class));
    assertThat(all).filteredOn(ProjectView::confidential).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all)
        .allSatisfy(
            p -> {
              assertThat(p.code()).matches("[A-Z]{2,3}-20\\d\\d-\\d\\d");
              assertThat(p.managerId()).isNotNull();
              assertThat(p.sponsorId()).isNotNull();
              assertThat(p.departmentId()).isNotNull();
              assertThat(p.members()).hasSizeGreaterThanOrEqualTo(5);
              assertThat(p.budgetCurrency()).isEqualTo("EUR");
            });
  }

  @Test
  void history_shows_how_a_project_travelled_through_its_lifecycle() {
    CurrentUser pmo = as("pmo");
    ProjectView closed =
        demoProjects(pmo).stream()
            .filter(p -> p.name().equals("ISO 27001 certification"))
            .findFirst()
            .orElseThrow();
    assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
    List<ProjectChangeView> history = projects.history(closed.id(), pmo);
    assertThat(history)
        .filteredOn(c -> c.field().equals("Status"))
        .extracting(c -> c.oldValue() + " > " + c.newValue())
        .containsExactlyInAnyOrder(
            "Proposed > Active", "Active > On hold", "On hold > Active", "Active > Closed");
    assertThat(history).extracting(ProjectChangeView::field).contains("Project", "Planned finish");
    assertThat(history).extracting(ProjectChangeView::changedBy).contains("ravi.patel");
  }

  @Test
  void a_team_member_sees_only_the_confidential_projects_they_belong_to() {
    List<ProjectView> seen = demoProjects(as("member"));
    assertThat(seen)
        .extracting(ProjectView::name)
        .contains("Project Falcon: acquisition due diligence");
    assertThat(seen)
        .extracting(ProjectView::name)
        .doesNotContain("Restructuring of the Lyon plant", "Nordic market entry");
    assertThat(seen.size()).isLessThan(DemoCatalog.PROJECTS.size());
  }

  @Test
  void demo_people_sign_in_with_the_demo_password() throws Exception {
    // Sessions live in the database (Spring Session), so success shows as the redirect home.
    for (String username : List.of("pmo", "exec", "pm", "rm", "member", "thomas.muller")) {
      mvc.perform(formLogin("/login").user(username).password("demo"))
          .andExpect(redirectedUrl("/"));
    }
    mvc.perform(formLogin("/login").user("exec").password("wrong"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void loading_again_adds_nothing() throws Exception {
    int people = identity.activeUsers().size();
    int departments = organization.departments().size();
    int register = demoProjects(as("pmo")).size();

    loader.run(null);

    assertThat(identity.activeUsers()).hasSize(people);
    assertThat(organization.departments()).hasSize(departments);
    assertThat(demoProjects(as("pmo"))).hasSize(register);
  }

  @Test
  void synthetic_projects_are_added_up_to_the_number_asked_for() {
    synthetic.ensure(25);
    synthetic.ensure(25);
    assertThat(synthetics()).isEqualTo(25);
    synthetic.ensure(40);
    assertThat(synthetics()).isEqualTo(40);
    Integer withoutManager =
        jdbc.queryForObject(
            "select count(*) from project p where p.code like 'SYN-%' and not exists"
                + " (select 1 from project_member m where m.project_id = p.id)",
            Integer.class);
    assertThat(withoutManager).isZero();
  }

  private int synthetics() {
    return jdbc.queryForObject(
        "select count(*) from project where code like 'SYN-%'", Integer.class);
  }

  /**
   * The register's projects from the catalogue. Other modules' demo data (e.g. approved portfolio
   * proposals, registered asynchronously) may add projects of their own; they are not counted.
   */
  private List<ProjectView> demoProjects(CurrentUser viewer) {
    Set<String> names =
        DemoCatalog.PROJECTS.stream().map(DemoCatalog.Plan::name).collect(Collectors.toSet());
    return projects
        .search(ProjectFilter.none(), PageRequest.of(0, Paging.MAX_SIZE), viewer)
        .filter(p -> names.contains(p.name()))
        .toList();
  }

  private CurrentUser as(String username) {
    UserSummary user = identity.userByUsername(username).orElseThrow();
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }
}
