package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InputRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Page forms show a broken input rule as an error on its field, and answer 400 (not 500) for what
 * no form sends: list indices out of range, ids that are not decimal numbers.
 */
class InputRulesPageTest extends ControlTestSupport {

  /** A valid project form, with {@code changes} (field, value, field, value...) in place. */
  private MockHttpServletRequestBuilder projectForm(UserSummary pmo, String... changes) {
    String code = "IR-" + unique();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("name", "Project " + code);
    fields.put("category", "OPERATIONAL");
    fields.put("priority", "MEDIUM");
    fields.put("status", "PROPOSED");
    fields.put("plannedStart", "2027-01-01");
    fields.put("plannedFinish", "2027-12-31");
    fields.put("budgetAmount", "1000");
    fields.put("budgetCurrency", "EUR");
    fields.put("managerId", Long.toString(pmo.id()));
    fields.put("save", "true");
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder form = post("/projects").with(page(pmo)).with(csrf());
    fields.forEach(form::param);
    return form;
  }

  private static String html(MvcResult result) throws Exception {
    return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
  }

  @Test
  void a_control_character_in_a_form_field_is_an_error_on_that_field() throws Exception {
    UserSummary pmo = user(Role.PMO);

    MvcResult result =
        mvc.perform(projectForm(pmo, "name", "Road\u0001map", "description", "a\u0000"))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getModelAndView().getViewName()).isEqualTo("projects/form");
    assertThat(html(result)).contains(InputRules.CONTROL_CHARACTER_MESSAGE);
    var errors =
        (org.springframework.validation.BindingResult)
            result
                .getModelAndView()
                .getModel()
                .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form");
    assertThat(errors.getFieldError("name").getDefaultMessage())
        .isEqualTo(InputRules.CONTROL_CHARACTER_MESSAGE);
    assertThat(errors.getFieldError("description")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-06-15", "1582-10-10", "+999999999-12-31"})
  void a_date_outside_the_range_in_a_form_is_an_error_on_that_field(String date) throws Exception {
    MvcResult result = mvc.perform(projectForm(user(Role.PMO), "plannedStart", date)).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(html(result)).contains(InputRules.DATE_RANGE_MESSAGE);
  }

  @Test
  void a_control_character_in_a_record_form_is_an_error_on_that_field() throws Exception {
    Team team = team(false);

    MvcResult result =
        mvc.perform(
                post("/projects/" + team.id() + "/raid/risks/new")
                    .with(page(team.manager()))
                    .with(csrf())
                    .param("title", "Supplier\u0002 late")
                    .param("probability", "3")
                    .param("impact", "3"))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(html(result)).contains(InputRules.CONTROL_CHARACTER_MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"members[99999].userId", "members[-1].userId", "members[x].userId"})
  void a_list_index_no_form_sends_is_a_400(String field) throws Exception {
    UserSummary pmo = user(Role.PMO);

    MvcResult result = mvc.perform(projectForm(pmo, field, "1")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "actions[999999].text",
        "actions[-1].text",
        "actions[256].text",
        "actions[x].text"
      })
  void a_list_index_out_of_range_in_a_record_form_is_a_400(String field) throws Exception {
    Team team = team(false);

    MvcResult result =
        mvc.perform(
                post("/projects/" + team.id() + "/raid/risks/new")
                    .with(page(team.manager()))
                    .with(csrf())
                    .param("title", "Supplier late")
                    .param("probability", "3")
                    .param("impact", "3")
                    .param(field, "Call them"))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x10", "%2310", "1e1"})
  void a_page_id_that_is_not_a_decimal_number_is_a_400(String id) throws Exception {
    MvcResult result = mvc.perform(get("/projects/" + id).with(page(user(Role.PMO)))).andReturn();

    assertThat(result.getResponse().getStatus()).isIn(400, 404);
    assertThat(result.getResponse().getStatus()).isNotEqualTo(200);
  }
}
