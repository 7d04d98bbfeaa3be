package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A nested route answers the same whether its project is hidden or missing, and whether the entry
 * under a hidden project exists or not: nothing tells an outsider which ids exist.
 */
class NestedRouteVisibilityApiTest extends ControlTestSupport {

  private static final long MISSING_PROJECT = 912_345_678L;
  private static final long MISSING_ENTRY = 923_456_789L;

  @Autowired MilestoneService milestones;

  @Test
  void an_entry_of_a_hidden_project_answers_as_a_missing_entry_of_a_missing_project()
      throws Exception {
    Team secret = team(true);
    UserSummary outsider = secret.outsider();
    long risk =
        raid.logRisk(secret.id(), risk("Merger leaks", 3, 3), current(secret.manager())).id();
    long milestone =
        milestones
            .create(
                secret.id(),
                new MilestoneData("Signing", LocalDate.now().plusDays(30), null, null, null),
                current(secret.manager()))
            .id();
    String riskBody = write(risk("Changed", 2, 2));
    String milestoneBody =
        write(new MilestoneData("Moved", LocalDate.now().plusDays(40), null, null, null));
    String occurrence = "{\"title\":\"It happened\",\"severity\":\"HIGH\",\"description\":\"d\"}";

    String[][] routes = {
      {"GET", "/api/v1/projects/{p}/raid/risks/{e}", null},
      {"PUT", "/api/v1/projects/{p}/raid/risks/{e}", riskBody},
      {"POST", "/api/v1/projects/{p}/raid/risks/{e}/occurrence", occurrence},
      {"POST", "/api/v1/projects/{p}/raid/risks/{e}/escalation", "{}"},
      {"DELETE", "/api/v1/projects/{p}/raid/risks/{e}/escalation", null},
    };
    for (String[] route : routes) {
      String hidden = answer(route, secret.id(), risk, outsider);
      assertThat(hidden).as(route[1]).contains("\"status\":404");
      assertThat(answer(route, secret.id(), MISSING_ENTRY, outsider))
          .as(route[1])
          .isEqualTo(hidden);
      assertThat(answer(route, MISSING_PROJECT, risk, outsider)).as(route[1]).isEqualTo(hidden);
      assertThat(answer(route, MISSING_PROJECT, MISSING_ENTRY, outsider))
          .as(route[1])
          .isEqualTo(hidden);
    }

    String[][] milestoneRoutes = {
      {"GET", "/api/v1/projects/{p}/milestones/{e}", null},
      {"PUT", "/api/v1/projects/{p}/milestones/{e}", milestoneBody},
      {"POST", "/api/v1/projects/{p}/milestones/{e}/complete", "{}"},
      {"DELETE", "/api/v1/projects/{p}/milestones/{e}", null},
    };
    for (String[] route : milestoneRoutes) {
      String hidden = answer(route, secret.id(), milestone, outsider);
      assertThat(hidden).as(route[1]).contains("\"status\":404");
      assertThat(answer(route, secret.id(), MISSING_ENTRY, outsider))
          .as(route[1])
          .isEqualTo(hidden);
      assertThat(answer(route, MISSING_PROJECT, milestone, outsider))
          .as(route[1])
          .isEqualTo(hidden);
    }

    // A member of the project still reaches the entry.
    assertThat(answer(routes[0], secret.id(), risk, secret.member())).contains("Merger leaks");
  }

  @Test
  void pages_of_an_entry_of_a_hidden_project_answer_as_those_of_a_missing_one() throws Exception {
    Team secret = team(true);
    long risk =
        raid.logRisk(secret.id(), risk("Merger leaks", 3, 3), current(secret.manager())).id();
    for (String path :
        new String[] {
          "/projects/%d/raid/risks/%d", "/projects/%d/milestones/%d/edit",
        }) {
      int hidden = pageStatus(String.format(path, secret.id(), risk), secret.outsider());
      assertThat(hidden).isEqualTo(404);
      assertThat(pageStatus(String.format(path, secret.id(), MISSING_ENTRY), secret.outsider()))
          .isEqualTo(hidden);
      assertThat(pageStatus(String.format(path, MISSING_PROJECT, risk), secret.outsider()))
          .isEqualTo(hidden);
    }
  }

  /** Status and problem body, with the project and entry ids of the request made neutral. */
  private String answer(String[] route, long projectId, long entryId, UserSummary who)
      throws Exception {
    String path =
        route[1].replace("{p}", Long.toString(projectId)).replace("{e}", Long.toString(entryId));
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(HttpMethod.valueOf(route[0]), path)
            .with(as(who))
            .header(HttpHeaders.IF_MATCH, "\"0\"");
    if (route[2] != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(route[2]);
    }
    MvcResult result = mvc.perform(request).andReturn();
    return (result.getResponse().getStatus()
            + " "
            + result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        // The instance repeats the path asked for; what matters is what the answer says.
        .replaceAll("\"instance\":\"[^\"]*\",?", "")
        .replaceAll("\\b" + projectId + "\\b", "{project}")
        .replaceAll("\\b" + entryId + "\\b", "{entry}");
  }

  private int pageStatus(String path, UserSummary who) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).with(page(who)))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
