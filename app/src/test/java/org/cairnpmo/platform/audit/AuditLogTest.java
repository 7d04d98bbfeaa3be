package org.cairnpmo.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The administrators' audit log: what lands in it, its filters, its CSV, and who reads it. */
class AuditLogTest extends ApiTestSupport {

  @Autowired UserAccountService accounts;
  @Autowired RaidLog raid;
  @Autowired RaidEscalations escalations;

  private static RequestPostProcessor page(UserSummary user) {
    CairnPrincipal principal =
        new CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }

  private JsonNode entries(UserSummary admin, String who, String kind) throws Exception {
    return read(mvc.perform(
                get("/api/v1/admin/audit").param("who", who).param("kind", kind).with(as(admin)))
            .andExpect(status().isOk())
            .andReturn())
        .get("content");
  }

  @Test
  void a_failed_and_a_successful_sign_in_are_logged_under_the_name_tried() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary person = user(Role.MEMBER);
    mvc.perform(formLogin().user(person.username()).password("not-the-password"));
    mvc.perform(formLogin().user(person.username()).password(PASSWORD));

    JsonNode failed = entries(admin, person.username(), "SIGN_IN_FAILED");
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("actor").asString()).isEqualTo(person.username());
    assertThat(entries(admin, person.username(), "sign_in")).hasSize(1);
    assertThat(entries(admin, person.username(), null)).hasSize(2);
  }

  @Test
  void the_failure_that_locks_an_account_and_a_sign_in_while_locked_are_logged() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary person = user(Role.MEMBER);
    for (int attempt = 0; attempt < 5; attempt++) {
      mvc.perform(formLogin().user(person.username()).password("wrong-" + attempt));
    }
    assertThat(entries(admin, person.username(), "LOCKED_OUT")).hasSize(1);
    mvc.perform(formLogin().user(person.username()).password(PASSWORD));
    JsonNode failed = entries(admin, person.username(), "SIGN_IN_FAILED");
    assertThat(failed).hasSize(6);
    assertThat(failed.get(0).get("detail").asString()).isEqualTo("Account locked");
    assertThat(entries(admin, person.username(), "SIGN_IN")).isEmpty();
  }

  @Test
  void an_administrators_change_of_roles_department_and_activation_is_logged() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary person = user(Role.MEMBER);
    long departmentId = department().id();
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(admin.username(), null, Set.of()));
    try {
      accounts.update(
          admin.id(),
          person.id(),
          accounts.find(person.id()).getVersion(),
          person.displayName(),
          person.email(),
          null,
          departmentId,
          Set.of(Role.MEMBER, Role.PMO),
          false);
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    JsonNode roles = entries(admin, admin.username(), "ROLES_CHANGED");
    JsonNode mine = null;
    for (JsonNode entry : roles) {
      if (person.username().equals(entry.get("subject").asString())) {
        mine = entry;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("detail").asString()).isEqualTo("MEMBER → MEMBER, PMO");
    assertThat(entries(admin, admin.username(), "DEPARTMENT_CHANGED").findValuesAsString("subject"))
        .contains(person.username());
    assertThat(entries(admin, admin.username(), "USER_DEACTIVATED").findValuesAsString("subject"))
        .contains(person.username());
  }

  @Test
  void an_export_that_carries_a_confidential_project_is_logged_and_one_without_is_not()
      throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(manager, true);
    ProjectView open = project(manager, false);
    mvc.perform(get("/api/v1/projects/" + open.id() + "/raid.csv").with(as(manager)))
        .andExpect(status().isOk());
    assertThat(entries(admin, manager.username(), "CONFIDENTIAL_EXPORT")).isEmpty();
    mvc.perform(get("/api/v1/projects/" + secret.id() + "/raid.csv").with(as(manager)))
        .andExpect(status().isOk());
    JsonNode exports = entries(admin, manager.username(), "CONFIDENTIAL_EXPORT");
    assertThat(exports).hasSize(1);
    assertThat(exports.get(0).get("subject").asString()).isEqualTo("RAID log CSV");
    assertThat(exports.get(0).get("detail").asString()).contains(secret.code());
  }

  @Test
  void the_escalations_csv_the_executive_summary_and_the_kpi_workbook_name_a_confidential_project()
      throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary pmo = user(Role.PMO);
    ProjectView secret = project(manager, true);
    org.cairnpmo.identity.CurrentUser author = current(manager);
    RiskView risk =
        raid.logRisk(
            secret.id(),
            new RiskData(
                "Vendor fails",
                "Because the supplier is small",
                "The supplier delivers late",
                "Go-live slips",
                4,
                5,
                null,
                Proximity.NEAR,
                null,
                ResponseStrategy.MITIGATE,
                java.util.List.of(),
                null,
                null,
                null,
                null),
            author);
    escalations.escalate(
        RaidKind.RISK,
        secret.id(),
        risk.id(),
        new EscalationData("The board must know", risk.version()),
        risk.version(),
        author);

    mvc.perform(get("/api/v1/raid/escalated.csv").with(as(pmo))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/portfolio/summary.pdf").with(as(pmo))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/practices/kpis/workbook").with(as(pmo))).andExpect(status().isOk());

    JsonNode exports = entries(admin, pmo.username(), "CONFIDENTIAL_EXPORT");
    assertThat(exports.findValuesAsString("subject"))
        .containsExactlyInAnyOrder(
            "Escalated items CSV", "Executive summary PDF", "KPI workbook XLSX");
    for (JsonNode export : exports) {
      assertThat(export.get("detail").asString()).contains(secret.code());
    }
  }

  @Test
  void the_page_filters_and_exports_csv_for_administrators_only() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary person = user(Role.MEMBER);
    mvc.perform(formLogin().user(person.username()).password("wrong-again"));

    String html =
        mvc.perform(
                get("/admin/audit")
                    .param("who", person.username())
                    .param("kind", "SIGN_IN_FAILED")
                    .param("from", "2000-01-01")
                    .with(page(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains(person.username()).contains("Failed sign-in");

    String csv =
        mvc.perform(
                get("/admin/audit/export.csv").param("who", person.username()).with(page(admin)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo("When (UTC),Who,Kind,Subject,Detail");
    assertThat(csv).contains("," + person.username() + ",Failed sign-in,");

    String wrong =
        mvc.perform(get("/admin/audit").param("from", "2026-13-40").with(page(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(wrong).contains("Give the day as YYYY-MM-DD");
    mvc.perform(get("/admin/audit").param("page", "-1").with(page(admin)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/admin/audit").param("to", "yesterday").with(as(admin)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/admin/audit").param("kind", "NOPE").with(as(admin)))
        .andExpect(status().isBadRequest());

    UserSummary pmo = user(Role.PMO);
    mvc.perform(get("/admin/audit").with(page(pmo))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit/export.csv").with(page(pmo))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/admin/audit").with(as(pmo))).andExpect(status().isForbidden());
  }
}
