package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every paged list, in the API and on the pages, with page numbers and sizes nobody should send:
 * the API answers 400 naming the parameter, a page shows the first or the last page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingTest extends ControlTestSupport {

  private static final String[] ABSURD = {
    "page=2147483647", "page=2147483647&size=200", "size=99999", "page=-1", "size=0"
  };

  private Team team;
  private UserSummary admin;

  @BeforeAll
  void fixtures() {
    team = team(false);
    admin = user(Role.ADMIN, Role.PMO);
    raid.logRisk(team.id(), risk("A risk to page", 3, 3), current(team.manager()));
  }

  private Stream<String> apiLists() {
    long id = team.id();
    return Stream.of(
        "/api/v1/users",
        "/api/v1/projects",
        "/api/v1/portfolio/proposals",
        "/api/v1/portfolio/ranking",
        "/api/v1/portfolio/objectives",
        "/api/v1/portfolio/criteria-sets",
        "/api/v1/portfolio/dashboard",
        "/api/v1/projects/" + id + "/raid/risks",
        "/api/v1/projects/" + id + "/raid/issues",
        "/api/v1/projects/" + id + "/raid/assumptions",
        "/api/v1/projects/" + id + "/raid/decisions",
        "/api/v1/projects/" + id + "/raid/dependencies",
        "/api/v1/raid/escalated",
        "/api/v1/projects/" + id + "/status-reports",
        "/api/v1/status-reports/overdue",
        "/api/v1/projects/" + id + "/actuals");
  }

  private Stream<String> pages() {
    long id = team.id();
    return Stream.of(
        "/admin/users",
        "/projects",
        "/portfolio",
        "/dashboard",
        "/projects/" + id + "/raid?tab=risks",
        "/projects/" + id + "/raid?tab=issues",
        "/projects/" + id + "/raid?tab=assumptions",
        "/projects/" + id + "/raid?tab=decisions",
        "/projects/" + id + "/raid?tab=dependencies",
        "/status/overdue",
        "/status/awaiting",
        "/projects/" + id + "/budget");
  }

  Stream<String> apiCalls() {
    return apiLists().flatMap(path -> Stream.of(ABSURD).map(q -> with(path, q)));
  }

  Stream<String> pageCalls() {
    List<String> calls = new ArrayList<>();
    pages().forEach(path -> Stream.of(ABSURD).forEach(q -> calls.add(with(path, q))));
    pages().forEach(path -> calls.add(with(path, "page=99999999&size=99999")));
    return calls.stream();
  }

  private static String with(String path, String query) {
    return path + (path.contains("?") ? "&" : "?") + query;
  }

  @ParameterizedTest
  @MethodSource("apiCalls")
  void an_api_list_refuses_a_page_or_size_it_cannot_answer(String call) throws Exception {
    String parameter = call.contains("size=99999") || call.contains("size=0") ? "size" : "page";
    mvc.perform(get(call).with(as(admin)).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value(parameter))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("pageCalls")
  void a_page_shows_the_nearest_page_there_is(String call) throws Exception {
    MvcResult result = mvc.perform(get(call).with(page(admin))).andReturn();
    assertThat(result.getResponse().getStatus()).as(call).isEqualTo(200);
  }

  @Test
  void a_page_past_the_end_shows_the_last_one() throws Exception {
    String html =
        mvc.perform(
                get("/projects/" + team.id() + "/raid?tab=risks&page=2147483647").with(page(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("A risk to page");
  }

  @Test
  void an_api_list_still_answers_a_sensible_page() throws Exception {
    mvc.perform(
            get("/api/v1/projects/" + team.id() + "/raid/risks?page=0&size=200").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].title").value("A risk to page"));
  }

  @Test
  void page_links_skip_the_pages_between_without_counting_them() {
    assertThat(Paging.pageLinks(5_000_000, 10_000_000))
        .containsExactly(
            0, -1, 4_999_998, 4_999_999, 5_000_000, 5_000_001, 5_000_002, -1, 9_999_999);
    assertThat(Paging.pageLinks(0, 0)).isEmpty();
    assertThat(Paging.pageLinks(0, 3)).containsExactly(0, 1, 2);
  }
}
