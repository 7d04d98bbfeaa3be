package org.cairnpmo.control;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.cairnpmo.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of RAID entry goes through the same form handlers and endpoints, each kind under its
 * own address: a form of each kind logs and changes its entry, and the API description still names
 * each kind's operations, data and view as its own.
 */
class RaidEveryKindTest extends ControlTestSupport {

  @Test
  void a_form_of_every_kind_logs_its_entry_and_then_changes_it() throws Exception {
    Team t = team(false);
    Team other = team(false);
    Map<RaidKind, Map<String, String>> forms =
        Map.of(
            RaidKind.RISK,
            Map.of("title", "Late supplier", "probability", "3", "impact", "3"),
            RaidKind.ISSUE,
            Map.of("title", "Server down", "severity", "HIGH"),
            RaidKind.ASSUMPTION,
            Map.of("text", "The vendor keeps its price"),
            RaidKind.DECISION,
            Map.of("what", "Two waves", "decidedBy", "Board", "decidedOn", "2026-11-02"),
            RaidKind.DEPENDENCY,
            Map.of(
                "direction", "DEPENDS_ON",
                "otherProjectId", String.valueOf(other.id()),
                "description", "Their API first"));
    for (RaidKind kind : RaidKind.values()) {
      String base = "/projects/" + t.id() + "/raid/" + kind.path();
      String logged =
          mvc.perform(filled(post(base + "/new"), forms.get(kind)).with(page(t.member())))
              .andExpect(status().is3xxRedirection())
              .andExpect(flash().attribute("flash", kind.label() + " logged. " + heatMap(kind)))
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      String id = logged.substring(logged.indexOf("#item-") + "#item-".length());
      mvc.perform(
              filled(post(base + "/" + id), forms.get(kind))
                  .param("version", "0")
                  .with(page(t.member())))
          .andExpect(redirectedUrl(base + "/" + id))
          .andExpect(flash().attribute("flash", kind.label() + " saved."));
      // The entry's page shows it; another project's address does not find it.
      mvc.perform(get(base + "/" + id).with(page(t.member()))).andExpect(status().isOk());
      mvc.perform(
              get("/projects/" + other.id() + "/raid/" + kind.path() + "/" + id)
                  .with(page(other.member())))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void the_api_description_names_every_kinds_operations_data_and_view() throws Exception {
    ResultActions docs =
        mvc.perform(get("/v3/api-docs").with(as(user(Role.MEMBER)))).andExpect(status().isOk());
    for (RaidKind kind : RaidKind.values()) {
      String list = "$.paths['/api/v1/projects/{projectId}/raid/" + kind.path() + "']";
      String one = "$.paths['/api/v1/projects/{projectId}/raid/" + kind.path() + "/{id}']";
      String label = kind.label();
      docs.andExpect(jsonPath(list + ".post.operationId").value("log" + label))
          .andExpect(jsonPath(list + ".post.tags[0]").value("RAID log"))
          .andExpect(
              jsonPath(list + ".post.requestBody.content['application/json'].schema['$ref']")
                  .value(endsWith("/" + label + "Data")))
          .andExpect(jsonPath(one + ".get.operationId").value("get" + label))
          .andExpect(
              jsonPath(one + ".get.summary")
                  .value("One " + label.toLowerCase() + "; its ETag is its version"))
          .andExpect(
              jsonPath(one + ".get.responses['200'].content['application/json'].schema['$ref']")
                  .value(endsWith("/" + label + "View")))
          .andExpect(jsonPath(one + ".put.operationId").value("update" + label))
          .andExpect(jsonPath(one + ".put.parameters[*].name").value(hasItems("projectId", "id")))
          // The state every kind shares reads as the view's own fields.
          .andExpect(
              jsonPath("$.components.schemas." + label + "View.properties")
                  .value(
                      allOf(
                          hasKey("escalation"),
                          hasKey("version"),
                          hasKey("updatedBy"),
                          hasKey("editable"),
                          not(hasKey("state")))));
    }
  }

  private static MockHttpServletRequestBuilder filled(
      MockHttpServletRequestBuilder request, Map<String, String> fields) {
    fields.forEach(request::param);
    return request.with(csrf());
  }

  private static String heatMap(RaidKind kind) {
    return kind == RaidKind.RISK ? "It is on the heat map." : "";
  }
}
