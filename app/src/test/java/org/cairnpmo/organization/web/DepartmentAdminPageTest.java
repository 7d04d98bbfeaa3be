package org.cairnpmo.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.domain.DepartmentService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class DepartmentAdminPageTest extends IntegrationTest {

  @Autowired DepartmentService departments;

  private RequestPostProcessor signedIn(Role role) {
    var person = user(role);
    return SecurityMockMvcRequestPostProcessors.user(
        new CairnPrincipal(
            person.id(),
            person.username(),
            person.displayName(),
            null,
            person.roles(),
            true,
            false,
            false));
  }

  private DepartmentSummary byCode(String code) {
    return departments.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void the_pages_are_for_administrators_only() throws Exception {
    var existing = department();
    mvc.perform(get("/admin/departments")).andExpect(redirectedUrl("/login"));
    for (Role role : new Role[] {Role.PMO, Role.EXECUTIVE, Role.MEMBER}) {
      var as = signedIn(role);
      mvc.perform(get("/admin/departments").with(as)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/departments/new").with(as)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/departments/{id}", existing.id()).with(as))
          .andExpect(status().isForbidden());
      mvc.perform(post("/admin/departments").with(as).with(csrf()).param("code", "X1"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/departments/{id}", existing.id())
                  .with(as)
                  .with(csrf())
                  .param("name", "Taken over"))
          .andExpect(status().isForbidden());
    }
    assertThat(departments.get(existing.id()).name()).isEqualTo(existing.name());
  }

  @Test
  void an_administrator_lists_and_creates_departments() throws Exception {
    var admin = signedIn(Role.ADMIN);
    var existing = department();
    String code = "n" + unique();

    mvc.perform(get("/admin/departments").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(existing.name())));
    mvc.perform(get("/admin/departments/new").with(admin)).andExpect(status().isOk());

    mvc.perform(
            post("/admin/departments")
                .with(admin)
                .with(csrf())
                .param("id", "1")
                .param("code", code)
                .param("name", "New Unit " + code)
                .param("description", "Runs the new things")
                .param("active", "true")
                .param("_active", "on"))
        .andExpect(redirectedUrl("/admin/departments"))
        .andExpect(flash().attribute("flash", containsString("New Unit " + code)));

    DepartmentSummary created = byCode(code.toUpperCase());
    assertThat(created.name()).isEqualTo("New Unit " + code);
    assertThat(created.description()).isEqualTo("Runs the new things");
    assertThat(created.active()).isTrue();
    assertThat(created.id()).isNotEqualTo(1L);
  }

  @Test
  void a_duplicate_code_and_bad_input_are_shown_at_their_fields() throws Exception {
    var admin = signedIn(Role.ADMIN);
    var existing = department();

    mvc.perform(
            post("/admin/departments")
                .with(admin)
                .with(csrf())
                .param("code", existing.code().toLowerCase())
                .param("name", "Some other name " + unique()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Another department uses this code.")));
    mvc.perform(
            post("/admin/departments")
                .with(admin)
                .with(csrf())
                .param("code", "no spaces!")
                .param("name", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Use 2 to 20 letters, digits or dashes")))
        .andExpect(content().string(containsString("Enter the department&#39;s name")));
  }

  @Test
  void an_administrator_renames_and_deactivates_a_department() throws Exception {
    var admin = signedIn(Role.ADMIN);
    var existing = department();

    mvc.perform(get("/admin/departments/{id}", existing.id()).with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(existing.name())));
    mvc.perform(
            post("/admin/departments/{id}", existing.id())
                .with(admin)
                .with(csrf())
                .param("version", String.valueOf(existing.version()))
                .param("code", existing.code())
                .param("name", existing.name() + " renamed")
                .param("description", "")
                .param("_active", "on"))
        .andExpect(redirectedUrl("/admin/departments"));

    DepartmentSummary after = departments.get(existing.id());
    assertThat(after.name()).isEqualTo(existing.name() + " renamed");
    assertThat(after.active()).isFalse();
    mvc.perform(get("/admin/departments").with(admin))
        .andExpect(content().string(containsString("Inactive")));
  }

  @Test
  void a_stale_edit_is_refused_and_the_other_change_is_kept() throws Exception {
    var admin = signedIn(Role.ADMIN);
    var existing = department();
    departments.update(
        existing.id(),
        new DepartmentForm(
            existing.code(), existing.name() + " first", null, true, existing.version()));

    mvc.perform(
            post("/admin/departments/{id}", existing.id())
                .with(admin)
                .with(csrf())
                .param("version", String.valueOf(existing.version()))
                .param("code", existing.code())
                .param("name", existing.name() + " second")
                .param("active", "true"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed this department")));

    assertThat(departments.get(existing.id()).name()).isEqualTo(existing.name() + " first");
  }

  @Test
  void an_unknown_department_is_not_found() throws Exception {
    mvc.perform(get("/admin/departments/{id}", 987654321L).with(signedIn(Role.ADMIN)))
        .andExpect(status().isNotFound());
  }
}
