package org.cairnpmo.resources.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.PoolFilter;
import org.cairnpmo.resources.RaciView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RaciService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.staffing.domain.StaffingFilter;
import org.cairnpmo.resources.staffing.domain.StaffingProposal;
import org.cairnpmo.resources.staffing.domain.StaffingService;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's pool: every active person of the demo with a role, skills and a rate history, the role
 * catalog and equipment, and the RACI of two active projects with a flagged row; loading again adds
 * nothing; more than twenty requests waiting for a person that one optimized run staffs.
 */
class ResourcesDemoDataTest extends DemoDataTest {

  @Autowired ResourcesDemoData demo;
  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RaciService raci;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;
  @Autowired RequestService requests;
  @Autowired StaffingService staffing;

  @Test
  void the_demos_people_are_in_the_pool_with_skills_rates_and_line_managers() {
    CurrentUser pmo = pmo();
    List<PersonView> people = pool.all(pmo);
    assertThat(people).hasSize(identity.activeUsers().size() - 1);
    assertThat(people).noneMatch(p -> "Administrator".equals(p.name()));
    assertThat(people).filteredOn(p -> !p.skills().isEmpty()).hasSizeGreaterThan(40);
    assertThat(people).allSatisfy(p -> assertThat(p.rates()).hasSize(2));
    assertThat(people).filteredOn(p -> p.lineManagerId() != null).hasSizeGreaterThan(40);
    assertThat(people).anySatisfy(p -> assertThat(p.partTimePercent()).isLessThan(100));
    assertThat(people).anySatisfy(p -> assertThat(p.organizationCalendar()).isFalse());
    assertThat(people).anySatisfy(p -> assertThat(p.absences()).isNotEmpty());
    assertThat(catalog.roles(pmo)).hasSizeGreaterThanOrEqualTo(8);
    assertThat(catalog.equipment(pmo)).isNotEmpty();
    assertThat(
            pool.search(
                new PoolFilter(null, null, null, "java", null, null, null),
                PageRequest.of(0, 50),
                pmo))
        .isNotEmpty();
  }

  @Test
  void two_active_projects_have_a_raci_with_a_flagged_row() {
    CurrentUser pmo = pmo();
    List<RaciView> matrices =
        projects
            .search(
                new ProjectFilter(null, EnumSet.of(ProjectStatus.ACTIVE), null, null, null, null),
                PageRequest.of(0, 200),
                pmo)
            .getContent()
            .stream()
            .map(ProjectView::id)
            .map(id -> raci.view(id, pmo))
            .filter(v -> v.version() > 0)
            .toList();
    assertThat(matrices).hasSize(2);
    assertThat(matrices)
        .allSatisfy(
            m -> {
              assertThat(m.rows()).hasSizeGreaterThanOrEqualTo(5);
              assertThat(m.flaggedRows()).isEqualTo(1);
            });
  }

  @Test
  void twenty_open_requests_are_staffed_in_one_optimized_run() {
    UserSummary rm = identity.userByUsername("rm").orElseThrow();
    CurrentUser staffer = new CurrentUser(rm.id(), rm.username(), rm.displayName(), rm.roles());
    StaffingProposal proposal =
        staffing.proposal(
            new StaffingFilter(null, null, null, null, null, 10, null, null, null), staffer);
    assertThat(proposal.open()).isGreaterThanOrEqualTo(20);
    assertThat(proposal.assignments()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(proposal.assignments()).allSatisfy(a -> assertThat(a.why()).isNotEmpty());
    assertThat(proposal.bound()).isGreaterThanOrEqualTo(proposal.value());
  }

  @Test
  void loading_again_adds_nothing() {
    CurrentUser pmo = pmo();
    int people = pool.all(pmo).size();
    int roles = catalog.roles(pmo).size();
    int waiting = requests.waitingFor(pmo).size();
    demo.loadIfMissing();
    assertThat(requests.waitingFor(pmo)).hasSize(waiting);
    assertThat(pool.all(pmo)).hasSize(people);
    assertThat(catalog.roles(pmo)).hasSize(roles);
  }

  private CurrentUser pmo() {
    UserSummary pmo = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(pmo.id(), pmo.username(), pmo.displayName(), pmo.roles());
  }
}
