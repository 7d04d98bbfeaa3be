package org.cairnpmo.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Departments through the API: everyone reads them; the PMO and administrators change them. */
class DepartmentApiTest extends ApiTestSupport {

  private static final String DEPARTMENTS = "/api/v1/departments";

  private static String body(String code, String name, Long version) {
    return """
        {"code": "%s", "name": "%s", "description": "Runs things", "active": true%s}
        """
        .formatted(code, name, version == null ? "" : ", \"version\": " + version);
  }

  private ResultActions create(UserSummary user, String body) throws Exception {
    return mvc.perform(
        post(DEPARTMENTS).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions update(UserSummary user, long id, String body, String ifMatch)
      throws Exception {
    var request =
        put(DEPARTMENTS + "/" + id)
            .with(as(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void every_signed_in_person_reads_the_departments(Role role) throws Exception {
    DepartmentSummary department = department();
    UserSummary reader = user(role);
    mvc.perform(get(DEPARTMENTS).with(as(reader)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem(department.code())));
    mvc.perform(get(DEPARTMENTS + "/" + department.id()).with(as(reader)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"" + department.version() + "\""))
        .andExpect(jsonPath("$.name").value(department.name()));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PMO", "ADMIN"})
  void the_pmo_and_administrators_create_departments(Role role) throws Exception {
    String code = "N" + unique();
    MvcResult created =
        create(user(role), body(code.toLowerCase(), "New " + code, null))
            .andExpect(status().isCreated())
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andExpect(jsonPath("$.code").value(code))
            .andExpect(jsonPath("$.version").value(0))
            .andReturn();
    long id = read(created).get("id").asLong();
    assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
        .endsWith(DEPARTMENTS + "/" + id);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"MEMBER", "EXECUTIVE", "PROJECT_MANAGER", "RESOURCE_MANAGER"})
  void nobody_else_creates_or_changes_departments(Role role) throws Exception {
    UserSummary user = user(role);
    String code = "X" + unique();
    create(user, body(code, "Forbidden " + code, null))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    DepartmentSummary existing = department();
    update(user, existing.id(), body(existing.code(), "Renamed", existing.version()), null)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get(DEPARTMENTS + "/" + existing.id()).with(as(user)))
        .andExpect(jsonPath("$.name").value(existing.name()));
  }

  @Test
  void a_change_with_a_stale_version_answers_409_and_changes_nothing() throws Exception {
    UserSummary pmo = user(Role.PMO);
    DepartmentSummary d = department();
    update(pmo, d.id(), body(d.code(), "Renamed once " + d.code(), 0L), null)
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.version").value(1));

    update(pmo, d.id(), body(d.code(), "Renamed from old " + d.code(), 0L), null)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    update(pmo, d.id(), body(d.code(), "Renamed from old " + d.code(), null), "\"0\"")
        .andExpect(status().isConflict());
    update(pmo, d.id(), body(d.code(), "No version " + d.code(), null), null)
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    mvc.perform(get(DEPARTMENTS + "/" + d.id()).with(as(pmo)))
        .andExpect(jsonPath("$.name").value("Renamed once " + d.code()))
        .andExpect(jsonPath("$.version").value(1));
    update(pmo, d.id(), body(d.code(), "Renamed twice " + d.code(), null), "\"1\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void invalid_departments_answer_400_with_the_field() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    DepartmentSummary existing = department();
    create(admin, body(existing.code(), "Other name " + unique(), null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    create(admin, body("not a code!", "Bad code " + unique(), null))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    create(admin, body("Q" + unique(), "", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
  }

  @Test
  void an_unknown_department_answers_404() throws Exception {
    mvc.perform(get(DEPARTMENTS + "/" + Long.MAX_VALUE).with(as(user(Role.MEMBER))))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    update(user(Role.PMO), Long.MAX_VALUE, body("Z" + unique(), "Nowhere", 0L), null)
        .andExpect(status().isNotFound());
  }
}
