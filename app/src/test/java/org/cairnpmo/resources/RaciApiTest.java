package org.cairnpmo.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A project's RACI through the API: visibility as the project's, editing by its manager. */
class RaciApiTest extends ApiTestSupport {

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;

  @SafeVarargs
  private RaciData matrix(List<String>... cells) {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    long ada =
        pool.create(
                new PersonData(
                    null,
                    "Ada " + unique(),
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
                current(rm))
            .id();
    long role =
        catalog
            .createRole(
                new RoleData("Architect " + unique(), null, null, null, null, null), current(rm))
            .id();
    List<RaciData.Row> rows =
        java.util.stream.IntStream.range(0, cells.length)
            .mapToObj(i -> new RaciData.Row("Deliverable " + (i + 1), null, cells[i]))
            .toList();
    return new RaciData(
        List.of(new RaciData.Column(ada, null), new RaciData.Column(null, role)), rows, null);
  }

  private MockHttpServletRequestBuilder putRaci(ProjectView project, RaciData data, String etag) {
    return put("/api/v1/projects/" + project.id() + "/raci")
        .header(HttpHeaders.IF_MATCH, etag)
        .contentType(MediaType.APPLICATION_JSON)
        .content(write(data));
  }

  @Test
  void the_manager_saves_the_matrix_and_rows_without_r_or_a_are_flagged() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView project = project(manager, false, member);
    RaciData data = matrix(List.of("R", "A"), List.of("C", "I"));

    mvc.perform(get("/api/v1/projects/" + project.id() + "/raci").with(as(member)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.rows").isEmpty());
    mvc.perform(putRaci(project, data, "\"0\"").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    mvc.perform(get("/api/v1/projects/" + project.id() + "/raci").with(as(member)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.columns[1].name").value(org.hamcrest.Matchers.startsWith("Architect")))
        .andExpect(jsonPath("$.rows[0].cells[0]").value("R"))
        .andExpect(jsonPath("$.rows[0].missingAccountable").value(false))
        .andExpect(jsonPath("$.rows[1].missingResponsible").value(true))
        .andExpect(jsonPath("$.rows[1].missingAccountable").value(true))
        .andExpect(jsonPath("$.editable").value(false));

    // Fewer rows and columns than before: the matrix is replaced as a whole.
    RaciData smaller =
        new RaciData(
            data.columns().subList(0, 1),
            List.of(new RaciData.Row("Only", null, List.of("A"))),
            1L);
    mvc.perform(putRaci(project, smaller, "\"1\"").with(as(user(Role.PMO))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows.length()").value(1))
        .andExpect(jsonPath("$.rows[0].cells.length()").value(1));
    mvc.perform(putRaci(project, data, "\"1\"").with(as(manager)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void two_accountable_in_a_row_are_refused_with_a_clear_message() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    mvc.perform(
            putRaci(project, matrix(List.of("R", "I"), List.of("A", "A")), "\"0\"")
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("rows[1].cells"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("exactly one Accountable")));
  }

  @Test
  void only_the_manager_the_pmo_and_admins_change_a_raci() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView project = project(manager, false, member);
    RaciData data = matrix(List.of("R", "A"));
    for (UserSummary other :
        List.of(
            member,
            user(Role.RESOURCE_MANAGER),
            user(Role.EXECUTIVE),
            user(Role.PROJECT_MANAGER))) {
      mvc.perform(putRaci(project, data, "\"0\"").with(as(other)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    mvc.perform(putRaci(project, data, "\"0\"").with(as(user(Role.ADMIN))))
        .andExpect(status().isOk());
  }

  @Test
  void a_hidden_project_answers_404_exactly_as_a_missing_one() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView hidden = project(manager, true);
    UserSummary stranger = user(Role.RESOURCE_MANAGER);
    for (String path : List.of("/raci", "/raci.xlsx", "/raci.pdf")) {
      mvc.perform(get("/api/v1/projects/" + hidden.id() + path).with(as(stranger)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/v1/projects/99999999" + path).with(as(stranger)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(putRaci(hidden, matrix(List.of("R", "A")), "\"0\"").with(as(stranger)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/projects/" + hidden.id() + "/raci").with(as(user(Role.PMO))))
        .andExpect(status().isOk());
  }

  @Test
  void the_matrix_is_exported_as_xlsx_and_pdf() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    mvc.perform(
            putRaci(project, matrix(List.of("R", "A"), List.of("I", "")), "\"0\"")
                .with(as(manager)))
        .andExpect(status().isOk());
    byte[] xlsx =
        mvc.perform(get("/api/v1/projects/" + project.id() + "/raci.xlsx").with(as(manager)))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Deliverable 1");
      assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("A");
      assertThat(sheet.getRow(4).getCell(4).getStringCellValue())
          .isEqualTo("No Responsible, no Accountable");
    }
    byte[] pdf =
        mvc.perform(get("/api/v1/projects/" + project.id() + "/raci.pdf").with(as(manager)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }
}
