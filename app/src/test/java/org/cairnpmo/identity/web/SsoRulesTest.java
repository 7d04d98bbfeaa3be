package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.SsoRuleForm;
import org.cairnpmo.identity.domain.SsoRuleView;
import org.cairnpmo.identity.domain.SsoRules;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The administrators' single sign-on rules: page and API, their checks, and who may use them. */
class SsoRulesTest extends ApiTestSupport {

  @Autowired SsoRules rules;
  @Autowired UserAccountService accounts;

  @Test
  void an_administrator_adds_changes_and_removes_a_rule_through_the_api() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    var department = department();
    String value = "finance-" + unique();
    var created =
        mvc.perform(
                post("/api/v1/sso-rules")
                    .with(as(admin))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            Map.of(
                                "claim",
                                "groups",
                                "value",
                                value,
                                "role",
                                "PMO",
                                "departmentId",
                                department.id()))))
            .andExpect(status().isCreated())
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andReturn();
    JsonNode rule = read(created);
    long id = rule.get("id").asLong();
    assertThat(rule.get("role").asString()).isEqualTo("PMO");

    mvc.perform(get("/api/v1/sso-rules").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(value)));

    mvc.perform(
            put("/api/v1/sso-rules/{id}", id)
                .with(as(admin))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("claim", "roles", "value", value, "role", "EXECUTIVE"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.claim").value("roles"))
        .andExpect(jsonPath("$.departmentId").doesNotExist());

    // The version the caller edited is gone: someone changed the rule meanwhile.
    mvc.perform(
            put("/api/v1/sso-rules/{id}", id)
                .with(as(admin))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("claim", "roles", "value", value, "role", "ADMIN"))))
        .andExpect(status().isConflict());
    mvc.perform(delete("/api/v1/sso-rules/{id}", id).with(as(admin)).param("version", "0"))
        .andExpect(status().isConflict());

    mvc.perform(delete("/api/v1/sso-rules/{id}", id).with(as(admin)).param("version", "1"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/sso-rules/{id}", id).with(as(admin))).andExpect(status().isNotFound());
  }

  @Test
  void a_rule_that_cannot_work_is_refused_with_the_field_that_is_wrong() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    List<Map<String, Object>> bad =
        List.of(
            Map.of("claim", "two words", "value", "x", "role", "PMO"),
            Map.of("claim", "groups", "value", " ", "role", "PMO"),
            Map.of("claim", "groups", "value", "bell\u0007", "role", "PMO"),
            Map.of("claim", "groups", "value", "x".repeat(201), "role", "PMO"),
            Map.of("claim", "groups", "value", "nothing to give"),
            Map.of("claim", "groups", "value", "x", "departmentId", 999_999_999));
    List<String> fields = List.of("claim", "value", "value", "value", "role", "departmentId");
    for (int i = 0; i < bad.size(); i++) {
      mvc.perform(
              post("/api/v1/sso-rules")
                  .with(as(admin))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(bad.get(i))))
          .andExpect(status().is4xxClientError())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(content().string(containsString("\"" + fields.get(i) + "\"")));
    }
    mvc.perform(
            post("/api/v1/sso-rules")
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"claim\":\"groups\",\"value\":\"x\",\"role\":\"KING\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void only_administrators_read_or_change_the_rules_through_the_api() throws Exception {
    SsoRuleView rule =
        rules.create(new SsoRuleForm("groups", "g-" + unique(), Role.PMO, null, null));
    for (Role role : List.of(Role.PMO, Role.EXECUTIVE, Role.PROJECT_MANAGER, Role.MEMBER)) {
      UserSummary someone = user(role, Role.RESOURCE_MANAGER);
      mvc.perform(get("/api/v1/sso-rules").with(as(someone))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/sso-rules/{id}", rule.id()).with(as(someone)))
          .andExpect(status().isForbidden());
      mvc.perform(
              put("/api/v1/sso-rules/{id}", rule.id())
                  .with(as(someone))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("claim", "groups", "value", "x", "role", "ADMIN"))))
          .andExpect(status().isForbidden());
      mvc.perform(
              delete("/api/v1/sso-rules/{id}", rule.id()).with(as(someone)).param("version", "0"))
          .andExpect(status().isForbidden());
    }
    assertThat(rules.get(rule.id()).version()).isZero();
  }

  @Test
  void the_rules_page_lists_the_provider_and_the_rules_and_adds_and_removes_them()
      throws Exception {
    UserSummary admin = user(Role.ADMIN);
    String value = "page-" + unique();
    mvc.perform(get("/admin/sso").with(signedInAs(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Single sign-on rules")))
        .andExpect(content().string(containsString("Test provider")));

    mvc.perform(
            post("/admin/sso")
                .with(signedInAs(admin))
                .with(csrf())
                .param("claim", "groups")
                .param("value", value)
                .param("role", "EXECUTIVE")
                .param("departmentId", ""))
        .andExpect(redirectedUrl("/admin/sso"))
        .andExpect(flash().attribute("flash", containsString(value)));
    SsoRuleView added =
        rules.all().stream().filter(r -> r.value().equals(value)).findFirst().orElseThrow();
    assertThat(added.role()).isEqualTo(Role.EXECUTIVE);

    mvc.perform(
            post("/admin/sso")
                .with(signedInAs(admin))
                .with(csrf())
                .param("claim", "groups")
                .param("value", "no-role-" + unique())
                .param("role", "")
                .param("departmentId", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose a role, a department, or both.")));

    mvc.perform(
            post("/admin/sso/{id}/delete", added.id())
                .with(signedInAs(admin))
                .with(csrf())
                .param("version", "7"))
        .andExpect(redirectedUrl("/admin/sso"))
        .andExpect(flash().attribute("flashError", containsString("Someone changed this rule")));
    mvc.perform(
            post("/admin/sso/{id}/delete", added.id())
                .with(signedInAs(admin))
                .with(csrf())
                .param("version", "0"))
        .andExpect(redirectedUrl("/admin/sso"));
    assertThat(rules.all()).noneMatch(r -> r.value().equals(value));
  }

  @Test
  void an_administrator_allows_and_undoes_a_link_to_single_sign_on() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary local = user(Role.MEMBER);
    mvc.perform(
            post("/admin/users/{id}/allow-sso", local.id()).with(signedInAs(admin)).with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + local.id()));
    assertThat(accounts.find(local.id()).isSsoLinkAllowed()).isTrue();
    mvc.perform(get("/admin/users/{id}", local.id()).with(signedInAs(admin)))
        .andExpect(content().string(containsString("Unlink single sign-on")));
    mvc.perform(
            post("/admin/users/{id}/unlink-sso", local.id()).with(signedInAs(admin)).with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + local.id()));
    assertThat(accounts.find(local.id()).isSsoLinkAllowed()).isFalse();
    mvc.perform(get("/admin/users/{id}", local.id()).with(signedInAs(admin)))
        .andExpect(content().string(containsString("Allow single sign-on")))
        .andExpect(content().string(not(containsString("Unlink single sign-on"))));
  }

  @Test
  void the_sign_in_page_offers_the_provider_and_explains_a_refusal() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(content().string(containsString("Sign in with Test provider")))
        .andExpect(content().string(containsString("/oauth2/authorization/test-idp")))
        .andExpect(content().string(containsString("name=\"password\"")));
    mvc.perform(get("/login").param("sso", "taken"))
        .andExpect(content().string(containsString("Single sign-on was refused.")))
        .andExpect(content().string(containsString("already exists")));
    mvc.perform(get("/login").param("sso", "<script>"))
        .andExpect(content().string(containsString("did not work")))
        .andExpect(content().string(not(containsString("<script>"))));
  }
}
