package org.cairnpmo.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The capacity page: the heat map with its causes on hover, the bench, and form errors. */
class CapacityPageTest extends IntegrationTest {

  private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

  @Autowired PoolService pool;
  @Autowired RequestService requests;
  @Autowired CapacityService capacity;

  /** The page of the heat map (a hundred rows each) that shows {@code person}. */
  private int pageOf(long person, UserSummary viewer) {
    List<CapacityReport.Row> rows =
        capacity
            .report(
                new CapacityQuery(
                    MONDAY, 3, CapacityQuery.GroupBy.PERSON, CapacityQuery.PeriodKind.WEEK),
                current(viewer))
            .rows();
    int index = 0;
    while (!rows.get(index).key().equals("person:" + person)) {
      index++;
    }
    return index / CapacityPageController.ROWS_PER_PAGE;
  }

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private String html(String query, UserSummary user) throws Exception {
    return mvc.perform(get("/resources/capacity" + query).with(page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void an_over_allocated_week_is_red_with_its_request_on_hover_and_free_people_on_the_bench()
      throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    String name = "Heat " + unique();
    long person =
        pool.create(
                new PersonData(
                    null, name, null, null, null, null, null, null, null, null, null, null, null),
                current(rm))
            .id();
    ProjectView project = project(manager, false);
    long id =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    person,
                    List.of(),
                    new BigDecimal("50"),
                    MONDAY,
                    MONDAY.plusDays(6),
                    Priority.HIGH,
                    null),
                current(manager))
            .id();

    String html =
        html(
            "?from=" + MONDAY + "&weeks=3&groupBy=person&period=week&page=" + pageOf(person, rm),
            rm);
    assertThat(html)
        .contains("id=\"heat-map\"")
        .contains(name)
        .contains("class=\"heat heat--over\"")
        .contains(project.code() + " request " + id + ", " + name + " (requested): 50.0 h")
        .contains("id=\"bench\"");
    assertThat(
            capacity
                .report(
                    new CapacityQuery(
                        MONDAY, 3, CapacityQuery.GroupBy.PERSON, CapacityQuery.PeriodKind.WEEK),
                    current(rm))
                .bench())
        .filteredOn(b -> b.personId() == person)
        .singleElement()
        .satisfies(b -> assertThat(b.freeFrom()).isEqualTo(MONDAY.plusWeeks(1)));
    assertThat(html("?from=" + MONDAY + "&weeks=3&groupBy=department&period=month", rm))
        .contains("No department");
  }

  @Test
  void bad_input_is_shown_next_to_its_field_and_members_are_refused() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String html = html("?from=2031-03-05&weeks=200&groupBy=team", pmo);
    assertThat(html)
        .contains("id=\"capacity-from-error\"")
        .contains("Start on a Monday: 2031-03-05 is a Wednesday.")
        .contains("id=\"capacity-weeks-error\"")
        .contains("Choose one of person, role, skill, department.")
        .doesNotContain("id=\"heat-map\"");
    mvc.perform(get("/resources/capacity").with(page(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void the_capacity_tab_is_shown_only_to_those_who_may_open_it() throws Exception {
    String tab = "href=\"/resources/capacity\"";
    for (Role role : new Role[] {Role.MEMBER, Role.PMO}) {
      String people =
          mvc.perform(get("/resources").with(page(user(role))))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (role == Role.MEMBER) {
        assertThat(people).as("a member's tabs").doesNotContain(tab).contains("/resources/roles");
      } else {
        assertThat(people).as("the PMO's tabs").contains(tab);
      }
    }
  }
}
