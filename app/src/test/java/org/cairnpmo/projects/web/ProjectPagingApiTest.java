package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Searching, filtering, sorting and paging the register through the API. */
class ProjectPagingApiTest extends ApiTestSupport {

  private static final String PROJECTS = "/api/v1/projects";
  private static final Priority[] PRIORITIES = {
    Priority.LOW,
    Priority.CRITICAL,
    Priority.MEDIUM,
    Priority.HIGH,
    Priority.CRITICAL,
    Priority.LOW,
    Priority.MEDIUM
  };

  private String prefix;
  private UserSummary pmo;
  private UserSummary manager;
  private DepartmentSummary department;

  /** Seven projects sharing a unique code prefix, so that the test sees only its own. */
  @BeforeEach
  void register() {
    prefix = "PG" + unique() + "-";
    pmo = user(Role.PMO);
    manager = user(Role.PROJECT_MANAGER);
    department = department();
    for (int i = 0; i < PRIORITIES.length; i++) {
      ObjectNode body =
          json.valueToTree(projectData(i % 2 == 0 ? manager.id() : null, false, List.of()));
      body.put("code", prefix + (char) ('A' + i));
      body.put("name", "Project " + prefix + (char) ('A' + i));
      body.put("priority", PRIORITIES[i].name());
      body.put("category", (i < 2 ? ProjectCategory.COMPLIANCE : ProjectCategory.RESEARCH).name());
      body.put("status", (i < 3 ? ProjectStatus.ACTIVE : ProjectStatus.PROPOSED).name());
      if (i == 6) {
        body.put("departmentId", department.id());
      }
      projects.register(json.treeToValue(body, ProjectData.class), current(pmo));
    }
  }

  private JsonNode page(MockHttpServletRequestBuilder request) throws Exception {
    return read(
        mvc.perform(request.with(as(pmo)).param("q", prefix))
            .andExpect(status().isOk())
            .andReturn());
  }

  private static List<String> codes(JsonNode page) {
    return page.get("content").valueStream().map(p -> p.get("code").asString()).toList();
  }

  @Test
  void sorting_by_last_change_keeps_its_public_name() throws Exception {
    JsonNode newestFirst = page(get(PROJECTS).param("sort", "updatedAt,desc").param("size", "7"));
    List<java.time.Instant> stamps =
        newestFirst
            .get("content")
            .valueStream()
            .map(p -> java.time.Instant.parse(p.get("updatedAt").asString()))
            .toList();
    assertThat(stamps).hasSize(7);
    assertThat(stamps).isSortedAccordingTo(Comparator.<java.time.Instant>reverseOrder());
  }

  @Test
  void sorting_by_priority_orders_by_importance_stably_across_pages() throws Exception {
    List<JsonNode> seen = new ArrayList<>();
    for (int number = 0; number < 4; number++) {
      JsonNode page =
          page(
              get(PROJECTS)
                  .param("sort", "priority,asc")
                  .param("size", "2")
                  .param("page", Integer.toString(number)));
      assertThat(page.get("totalElements").asLong()).isEqualTo(7);
      assertThat(page.get("totalPages").asInt()).isEqualTo(4);
      assertThat(page.get("size").asInt()).isEqualTo(2);
      assertThat(page.get("page").asInt()).isEqualTo(number);
      page.get("content").forEach(seen::add);
    }
    List<String> priorities = seen.stream().map(p -> p.get("priority").asString()).toList();
    assertThat(priorities)
        .containsExactly("CRITICAL", "CRITICAL", "HIGH", "MEDIUM", "MEDIUM", "LOW", "LOW");
    List<String> codes = seen.stream().map(p -> p.get("code").asString()).toList();
    assertThat(codes).doesNotHaveDuplicates().hasSize(7);
    // ties keep a stable order (by code), so paging neither repeats nor skips a project
    assertThat(codes.subList(0, 2)).isSorted();
    assertThat(codes.subList(5, 7)).isSorted();

    JsonNode descending =
        page(get(PROJECTS).param("sort", "priority,desc").param("sort", "code,desc"));
    assertThat(codes(descending))
        .containsExactly(
            prefix + "F",
            prefix + "A",
            prefix + "G",
            prefix + "C",
            prefix + "D",
            prefix + "E",
            prefix + "B");
  }

  @Test
  void sorting_by_code_and_name_works_in_both_directions() throws Exception {
    List<String> ascending = codes(page(get(PROJECTS).param("sort", "code")));
    assertThat(ascending).isSorted().hasSize(7);
    List<String> descending = codes(page(get(PROJECTS).param("sort", "name,desc")));
    assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void the_page_size_is_limited_to_200() throws Exception {
    JsonNode page = page(get(PROJECTS).param("size", "200"));
    assertThat(page.get("size").asInt()).isEqualTo(200);
    assertThat(page.get("content").size()).isEqualTo(7);
    mvc.perform(get(PROJECTS).with(as(pmo)).param("size", "5000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get(PROJECTS).with(as(pmo)).param("size", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get(PROJECTS).with(as(pmo)).param("page", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get(PROJECTS).with(as(pmo)).param("page", "999999999"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get(PROJECTS).with(as(pmo)).param("sort", "desc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
    mvc.perform(get(PROJECTS).with(as(pmo)).param("status", "FINISHED"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void filters_narrow_the_list() throws Exception {
    assertThat(codes(page(get(PROJECTS).param("status", "ACTIVE"))))
        .containsExactlyInAnyOrder(prefix + "A", prefix + "B", prefix + "C");
    assertThat(codes(page(get(PROJECTS).param("status", "ACTIVE").param("status", "PROPOSED"))))
        .hasSize(7);
    assertThat(codes(page(get(PROJECTS).param("status", "ACTIVE,PROPOSED")))).hasSize(7);
    assertThat(codes(page(get(PROJECTS).param("status", "CLOSED")))).isEmpty();
    assertThat(codes(page(get(PROJECTS).param("category", "COMPLIANCE"))))
        .containsExactlyInAnyOrder(prefix + "A", prefix + "B");
    assertThat(codes(page(get(PROJECTS).param("priority", "CRITICAL"))))
        .containsExactlyInAnyOrder(prefix + "B", prefix + "E");
    assertThat(codes(page(get(PROJECTS).param("departmentId", Long.toString(department.id())))))
        .containsExactly(prefix + "G");
    assertThat(codes(page(get(PROJECTS).param("managerId", Long.toString(manager.id())))))
        .containsExactlyInAnyOrder(prefix + "A", prefix + "C", prefix + "E", prefix + "G");
    assertThat(
            codes(
                page(
                    get(PROJECTS)
                        .param("managerId", Long.toString(manager.id()))
                        .param("priority", "CRITICAL"))))
        .containsExactly(prefix + "E");
    // the search matches names as well as codes, whatever the case
    JsonNode byName =
        read(
            mvc.perform(
                    get(PROJECTS)
                        .with(as(pmo))
                        .param("q", ("project " + prefix + "d").toLowerCase()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(codes(byName)).containsExactly(prefix + "D");
  }
}
