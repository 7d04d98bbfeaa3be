package org.cairnpmo.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.domain.Notices;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The resources pages: form errors next to their fields, and what each person may reach. */
class ResourcesPageTest extends IntegrationTest {

  @Autowired PoolService pool;
  @Autowired Notices notices;
  @Autowired TransactionTemplate transaction;
  @Autowired org.cairnpmo.resources.domain.RequestService requests;

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private PersonView someone(UserSummary rm) {
    return pool.create(
        new PersonData(
            null,
            "Page " + unique(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        current(rm));
  }

  @Test
  void a_rate_without_a_date_is_shown_next_to_the_date() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    PersonView person = someone(rm);
    String html =
        mvc.perform(
                post("/resources/people/" + person.id() + "/rates")
                    .with(page(rm))
                    .with(csrf())
                    .param("version", "0")
                    .param("from", "")
                    .param("hourlyRate", "85.50"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"from-error\"").contains("a rate needs a date");
  }

  @Test
  void the_person_form_shows_each_problem_next_to_its_field() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    String html =
        mvc.perform(
                post("/resources/people")
                    .with(page(rm))
                    .with(csrf())
                    .param("name", "Bad\u0001name")
                    .param("capacityHours", "-3")
                    .param("skills", "Java: 7")
                    .param("absences", "2027-07-14 to 2027-07-01 Leave"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"name-error\"")
        .contains("id=\"capacityHours-error\"")
        .contains("proficiency from 1 (basic) to 5 (expert)")
        .contains("The absence cannot end before it starts.");
  }

  @Test
  void members_see_the_pool_without_rates_and_cannot_open_the_forms() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary member = user(Role.MEMBER);
    PersonView person = someone(rm);
    String html =
        mvc.perform(get("/resources?q=" + person.name()).with(page(member)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains(person.name()).doesNotContain("Rate / hour");
    mvc.perform(get("/resources/people/new").with(page(member))).andExpect(status().isForbidden());
    mvc.perform(get("/resources/people/" + person.id() + "/edit").with(page(member)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/resources/roles/new").with(page(member))).andExpect(status().isForbidden());
    for (String path :
        List.of(
            "/resources/roles", "/resources/equipment", "/resources/raci", "/resources/requests")) {
      mvc.perform(get(path).with(page(member))).andExpect(status().isOk());
    }
  }

  @Test
  void a_request_has_a_page_of_its_own_whose_history_shows_each_step() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    ProjectView project = project(manager, false);
    RequestView request =
        requests.create(
            project.id(),
            new RequestData(
                null,
                someone(rm).id(),
                List.of(),
                new BigDecimal("16"),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 31),
                Priority.MEDIUM,
                null),
            current(manager));
    String url = "/projects/" + project.id() + "/requests/" + request.id();

    mvc.perform(
            post(url + "/reject")
                .with(page(rm))
                .with(csrf())
                .param("version", Long.toString(request.version()))
                .param("reason", "No one free in spring")
                .param("back", "request"))
        .andExpect(redirectedUrl(url));
    mvc.perform(get(url).with(page(manager)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("data-testid=\"record-history\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("class=\"history-new\">Rejected</span>")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "class=\"history-new\">No one free in spring</span>")));
    mvc.perform(get(url + "0000").with(page(manager))).andExpect(status().isNotFound());
  }

  @Test
  void a_hidden_projects_raci_and_requests_pages_answer_404() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView hidden = project(manager, true);
    UserSummary stranger = user(Role.RESOURCE_MANAGER);
    for (String path : List.of("/raci", "/raci.xlsx", "/raci.pdf", "/requests")) {
      mvc.perform(get("/projects/" + hidden.id() + path).with(page(stranger)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/projects/" + hidden.id() + "/raci").with(page(manager)))
        .andExpect(status().isOk());
    mvc.perform(get("/projects/" + hidden.id() + "/requests").with(page(manager)))
        .andExpect(status().isOk());
  }

  @Test
  void the_notices_page_shows_only_ones_own_and_marks_them_read_with_a_form() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary ada = user(Role.MEMBER);
    UserSummary bob = user(Role.MEMBER);
    String mine = "For Ada " + unique();
    String theirs = "For Bob " + unique();
    transaction.executeWithoutResult(
        tx -> {
          notices.post(List.of(ada.id()), current(rm), u -> true, mine, "Body", "/resources");
          notices.post(List.of(bob.id()), current(rm), u -> true, theirs, "Body", "/resources");
        });

    String html =
        mvc.perform(get("/resources/notices").with(page(ada)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains(mine).contains("Mark all read").doesNotContain(theirs);
    mvc.perform(post("/resources/notices/read").with(page(ada))).andExpect(status().isForbidden());
    mvc.perform(post("/resources/notices/read").with(page(ada)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(notices.mine(true, 0, 10, current(ada)).getTotalElements()).isZero();
    assertThat(notices.mine(true, 0, 10, current(bob)).getTotalElements()).isEqualTo(1);
    mvc.perform(get("/resources/notices?page=-3").with(page(ada))).andExpect(status().isOk());
  }
}
