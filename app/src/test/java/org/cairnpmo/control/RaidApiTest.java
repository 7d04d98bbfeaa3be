package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.HeatMap;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.RaidType;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class RaidApiTest extends ControlTestSupport {

  private static String raidOf(Team t) {
    return "/api/v1/projects/" + t.id() + "/raid";
  }

  private ResultActions send(
      String method, String path, UserSummary who, Object body, String ifMatch) throws Exception {
    var request =
        switch (method) {
          case "POST" -> post(path);
          case "PUT" -> put(path);
          default -> delete(path);
        };
    request.with(as(who));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(write(body));
    }
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  @Test
  void members_log_risks_stakeholders_and_outsiders_may_not_and_hidden_projects_are_not_found()
      throws Exception {
    Team t = team(false);
    String risks = raidOf(t) + "/risks";

    send("POST", risks, t.member(), risk("Supplier late", 4, 5), null)
        .andExpect(status().isCreated())
        .andExpect(header().exists(HttpHeaders.LOCATION))
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.score").value(20))
        .andExpect(jsonPath("$.level").value("HIGH"))
        .andExpect(jsonPath("$.ownerId").value(t.member().id()))
        .andExpect(jsonPath("$.status").value("OPEN"));
    send("POST", risks, t.sponsor(), risk("Budget cut", 2, 4), null)
        .andExpect(status().isCreated());
    send("POST", risks, t.pmo(), risk("Audit", 1, 2), null).andExpect(status().isCreated());
    send("POST", risks, t.stakeholder(), risk("Nope", 1, 1), null)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    send("POST", risks, t.outsider(), risk("Nope", 1, 1), null).andExpect(status().isForbidden());
    send("POST", risks, t.executive(), risk("Nope", 1, 1), null).andExpect(status().isForbidden());
    mvc.perform(post(risks).contentType(MediaType.APPLICATION_JSON).content(write(risk("x", 1, 1))))
        .andExpect(status().isUnauthorized());

    mvc.perform(get(risks).with(as(t.outsider())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(3))
        .andExpect(jsonPath("$.content[0].title").value("Supplier late"));
    mvc.perform(get(risks + "?probability=2&impact=4").with(as(t.outsider())))
        .andExpect(jsonPath("$.totalElements").value(1));

    Team secret = team(true);
    for (String kind : List.of("risks", "issues", "assumptions", "decisions", "dependencies")) {
      mvc.perform(get(raidOf(secret) + "/" + kind).with(as(secret.outsider())))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    send("POST", raidOf(secret) + "/risks", secret.outsider(), risk("x", 1, 1), null)
        .andExpect(status().isNotFound());
    mvc.perform(get(raidOf(secret) + "/heatmap").with(as(secret.outsider())))
        .andExpect(status().isNotFound());
    mvc.perform(get(raidOf(secret) + "/risks").with(as(secret.executive())))
        .andExpect(status().isOk());
  }

  @Test
  void the_owner_the_manager_and_the_pmo_change_a_risk_others_get_403_and_stale_versions_409()
      throws Exception {
    Team t = team(false);
    JsonNode logged =
        read(
            send("POST", raidOf(t) + "/risks", t.member(), risk("Supplier late", 3, 3), null)
                .andReturn());
    String path = raidOf(t) + "/risks/" + logged.get("id").asLong();
    RiskData change =
        new RiskData(
            "Supplier late",
            "c",
            "e",
            "f",
            4,
            4,
            LocalDate.now().plusMonths(1),
            null,
            null,
            ResponseStrategy.TRANSFER,
            List.of(
                new RiskData.ActionData(
                    "Penalty clause", t.manager().id(), LocalDate.now().plusDays(7), false)),
            2,
            2,
            null,
            null);

    send("PUT", path, t.sponsor(), change, "\"0\"").andExpect(status().isForbidden());
    send("PUT", path, t.manager(), change, null).andExpect(status().isPreconditionRequired());
    send("PUT", path, t.member(), change, "\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score").value(16))
        .andExpect(jsonPath("$.residualScore").value(4))
        .andExpect(jsonPath("$.residualLevel").value("LOW"))
        .andExpect(jsonPath("$.actions[0].ownerName").value(t.manager().displayName()))
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    send("PUT", path, t.manager(), change, "\"0\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    send("PUT", path, t.pmo(), change, "\"1\"").andExpect(status().isOk());

    RiskData invalid =
        new RiskData(
            " ", null, null, null, 6, 0, null, null, null, null, null, null, null, null, null);
    send("PUT", path, t.manager(), invalid, "\"2\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("probability")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("impact")));
    send(
            "PUT",
            path,
            t.manager(),
            Map.of("title", "x", "probability", 2, "impact", "high"),
            "\"2\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("impact"));
    RiskData unknownOwner =
        new RiskData(
            "x",
            null,
            null,
            null,
            2,
            2,
            null,
            null,
            987654321L,
            null,
            null,
            null,
            null,
            null,
            null);
    send("PUT", path, t.manager(), unknownOwner, "\"2\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
    mvc.perform(get(raidOf(t) + "/risks/987654321").with(as(t.member())))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_risk_that_occurs_becomes_a_linked_issue() throws Exception {
    Team t = team(false);
    long riskId =
        read(send("POST", raidOf(t) + "/risks", t.member(), risk("Key engineer leaves", 3, 5), null)
                .andReturn())
            .get("id")
            .asLong();
    String risk = raidOf(t) + "/risks/" + riskId;

    send("POST", risk + "/occurrence", t.outsider(), Map.of("version", 0), null)
        .andExpect(status().isForbidden());
    JsonNode issue =
        read(
            send(
                    "POST",
                    risk + "/occurrence",
                    t.member(),
                    Map.of("dueDate", LocalDate.now().plusDays(5).toString()),
                    "\"0\"")
                .andExpect(status().isCreated())
                .andExpect(
                    header()
                        .string(
                            HttpHeaders.LOCATION,
                            org.hamcrest.Matchers.containsString("/raid/issues/")))
                .andReturn());
    assertThat(issue.get("riskId").asLong()).isEqualTo(riskId);
    assertThat(issue.get("title").asText()).isEqualTo("Key engineer leaves");
    assertThat(issue.get("severity").asText()).isEqualTo("HIGH");
    mvc.perform(get(risk).with(as(t.member())))
        .andExpect(jsonPath("$.status").value("OCCURRED"))
        .andExpect(jsonPath("$.issueId").value(issue.get("id").asLong()));
    send("POST", risk + "/occurrence", t.member(), Map.of(), "\"1\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/risk-not-open"));
  }

  @Test
  void issues_assumptions_decisions_and_dependencies_are_logged_and_validated() throws Exception {
    Team t = team(false);
    LocalDate today = LocalDate.now();

    send("POST", raidOf(t) + "/issues", t.member(), Map.of("title", "Rig broken"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("severity"));
    JsonNode issue =
        read(
            send(
                    "POST",
                    raidOf(t) + "/issues",
                    t.member(),
                    new IssueData(
                        "Rig broken",
                        "Since Monday",
                        IssueSeverity.CRITICAL,
                        null,
                        today.minusDays(2),
                        null,
                        null,
                        null),
                    null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overdue").value(true))
                .andReturn());
    send(
            "PUT",
            raidOf(t) + "/issues/" + issue.get("id").asLong(),
            t.member(),
            new IssueData(
                "Rig broken",
                null,
                IssueSeverity.CRITICAL,
                null,
                today.minusDays(2),
                null,
                IssueStatus.RESOLVED,
                0L),
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("resolution"));
    send(
            "PUT",
            raidOf(t) + "/issues/" + issue.get("id").asLong(),
            t.member(),
            new IssueData(
                "Rig broken",
                null,
                IssueSeverity.CRITICAL,
                null,
                today.minusDays(2),
                "Replaced",
                IssueStatus.RESOLVED,
                0L),
            null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdue").value(false));
    mvc.perform(get(raidOf(t) + "/issues?status=RESOLVED").with(as(t.outsider())))
        .andExpect(jsonPath("$.totalElements").value(1));

    JsonNode assumption =
        read(
            send(
                    "POST",
                    raidOf(t) + "/assumptions",
                    t.member(),
                    Map.of("text", "Users are trained by March"),
                    null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validated").value(false))
                .andReturn());
    send(
            "PUT",
            raidOf(t) + "/assumptions/" + assumption.get("id").asLong(),
            t.manager(),
            Map.of("text", "Users are trained by March", "validated", true),
            "\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.validated").value(true))
        .andExpect(jsonPath("$.validatedBy").value(t.manager().displayName()))
        .andExpect(jsonPath("$.validatedOn").value(today.toString()));

    send(
            "POST",
            raidOf(t) + "/decisions",
            t.member(),
            new DecisionData(
                "Go with vendor B",
                "Cheaper",
                "Steering committee",
                today.plusDays(1),
                null,
                null,
                null),
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
    send(
            "POST",
            raidOf(t) + "/decisions",
            t.member(),
            new DecisionData(
                "Go with vendor B",
                "Cheaper",
                "Steering committee",
                today,
                "Vendor A; build",
                null,
                null),
            null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decidedBy").value("Steering committee"));

    Team other = team(false);
    Team secret = team(true);
    send(
            "POST",
            raidOf(t) + "/dependencies",
            t.member(),
            new DependencyData(
                DependencyDirection.DEPENDS_ON, secret.id(), "API", null, null, null, null),
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("otherProjectId"));
    send(
            "POST",
            raidOf(t) + "/dependencies",
            t.member(),
            new DependencyData(
                DependencyDirection.DEPENDS_ON, t.id(), "Itself", null, null, null, null),
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("otherProjectId"));
    send(
            "POST",
            raidOf(t) + "/dependencies",
            t.member(),
            new DependencyData(
                DependencyDirection.DEPENDS_ON,
                other.id(),
                "Interface spec",
                today.plusDays(10),
                null,
                null,
                null),
            null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.otherProjectCode").value(other.project().code()))
        .andExpect(jsonPath("$.otherProjectVisible").value(true));
    // The PMO logs one on the confidential project: the outsider sees it without its name.
    raid.log(
        RaidType.DEPENDENCY,
        t.id(),
        new DependencyData(
            DependencyDirection.DEPENDED_ON_BY, secret.id(), "Shared data", null, null, null, null),
        current(t.pmo()));
    mvc.perform(get(raidOf(t) + "/dependencies").with(as(t.outsider())))
        .andExpect(jsonPath("$.totalElements").value(2))
        .andExpect(jsonPath("$.content[*].otherProjectCode", not(hasItem(secret.project().code()))))
        .andExpect(jsonPath("$.content[*].otherProjectVisible", hasItem(false)));

    mvc.perform(get(raidOf(t) + "/summary").with(as(t.outsider())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openIssues").value(0))
        .andExpect(jsonPath("$.assumptions").value(1))
        .andExpect(jsonPath("$.decisions").value(1))
        .andExpect(jsonPath("$.openDependencies").value(2));
  }

  @Test
  void every_kind_is_read_changed_escalated_and_found_only_under_its_own_project()
      throws Exception {
    Team t = team(false);
    Team other = team(false);
    Map<String, Object> bodies =
        Map.of(
            "risks", risk("Supplier late", 2, 3),
            "issues", Map.of("title", "Rig broken", "severity", "HIGH"),
            "assumptions", Map.of("text", "Users are trained by March"),
            "decisions",
                Map.of("what", "Two waves", "decidedBy", "Board", "decidedOn", "2026-01-10"),
            "dependencies",
                Map.of(
                    "direction", "DEPENDS_ON",
                    "otherProjectId", other.id(),
                    "description", "Interface spec"));
    Map<String, String> labels =
        Map.of(
            "risks", "Risk",
            "issues", "Issue",
            "assumptions", "Assumption",
            "decisions", "Decision",
            "dependencies", "Dependency");
    for (String kind : bodies.keySet()) {
      MvcResult created =
          send("POST", raidOf(t) + "/" + kind, t.member(), bodies.get(kind), null)
              .andExpect(status().isCreated())
              .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
              .andExpect(jsonPath("$.projectId").value(t.id()))
              .andExpect(jsonPath("$.editable").value(true))
              .andReturn();
      long id = read(created).get("id").asLong();
      String path = raidOf(t) + "/" + kind + "/" + id;
      assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(path);

      mvc.perform(get(path).with(as(t.outsider())))
          .andExpect(status().isOk())
          .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
          .andExpect(jsonPath("$.id").value(id))
          .andExpect(jsonPath("$.editable").value(false));
      send("PUT", path, t.member(), bodies.get(kind), "\"0\"")
          .andExpect(status().isOk())
          .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
          .andExpect(jsonPath("$.version").value(1));
      send("PUT", path, t.member(), bodies.get(kind), "\"0\"").andExpect(status().isConflict());
      send("PUT", path, t.outsider(), bodies.get(kind), "\"1\"").andExpect(status().isForbidden());
      send("POST", path + "/escalation", t.member(), Map.of("note", "Help"), "\"1\"")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.escalation.note").value("Help"))
          .andExpect(jsonPath("$.version").value(2));
      send("DELETE", path + "/escalation", t.member(), null, "\"2\"")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.escalation").doesNotExist());

      // The entry exists, but not in the other project's log.
      String elsewhere = raidOf(other) + "/" + kind + "/" + id;
      mvc.perform(get(elsewhere).with(as(other.member())))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.detail").value(labels.get(kind) + " " + id + " was not found"));
      send("PUT", elsewhere, other.manager(), bodies.get(kind), "\"3\"")
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void escalated_entries_reach_the_portfolio_page_of_the_pmo_and_executives_only()
      throws Exception {
    Team t = team(false);
    long riskId =
        read(send(
                    "POST",
                    raidOf(t) + "/risks",
                    t.member(),
                    risk("Regulator delays approval", 4, 5),
                    null)
                .andReturn())
            .get("id")
            .asLong();
    String escalation = raidOf(t) + "/risks/" + riskId + "/escalation";

    send("POST", escalation, t.outsider(), Map.of("note", "x"), "\"0\"")
        .andExpect(status().isForbidden());
    send("POST", raidOf(t) + "/rumours/" + riskId + "/escalation", t.member(), Map.of(), "\"0\"")
        .andExpect(status().isNotFound());
    send("POST", escalation, t.member(), Map.of("note", "Needs the board"), "\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.escalation.byName").value(t.member().displayName()))
        .andExpect(jsonPath("$.escalation.note").value("Needs the board"));
    send("POST", escalation, t.member(), Map.of("version", 1), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/already-escalated"));

    mvc.perform(get("/api/v1/raid/escalated?size=200").with(as(t.executive())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].title", hasItem("Regulator delays approval")));
    mvc.perform(get("/api/v1/raid/escalated").with(as(t.member())))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/raid/escalated")).andExpect(status().isUnauthorized());

    send("DELETE", escalation, t.manager(), null, "\"1\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.escalation").doesNotExist());
    mvc.perform(get("/api/v1/raid/escalated?size=200").with(as(t.pmo())))
        .andExpect(jsonPath("$.content[*].title", not(hasItem("Regulator delays approval"))));
  }

  @Test
  void heat_maps_count_open_risks_of_the_projects_the_viewer_can_see() throws Exception {
    Team t = team(false);
    Team secret = team(true);
    var pmo = current(t.pmo());
    raid.logRisk(t.id(), risk("A", 5, 4), pmo);
    raid.logRisk(t.id(), risk("B", 5, 4), pmo);
    RiskView closed = raid.logRisk(t.id(), risk("C", 1, 1), pmo);
    raid.revise(
        RaidType.RISK,
        t.id(),
        closed.id(),
        new RiskData(
            "C",
            null,
            null,
            null,
            1,
            1,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            RiskStatus.CLOSED,
            null),
        0,
        pmo);
    // Other tests share the database and leave risks of their own, so compare before and after.
    int secretCell = 3 - 1; // probability 2 is row index 3 (5,4,3,2,1); impact 3 is cell index 2
    HeatMap outsiderBefore = heatMaps.portfolioHeatMap(current(t.outsider()));
    HeatMap executiveBefore = heatMaps.portfolioHeatMap(current(t.executive()));
    raid.logRisk(secret.id(), risk("Secret", 2, 3), pmo);

    mvc.perform(get(raidOf(t) + "/heatmap").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.rows[0].probability").value(5))
        .andExpect(jsonPath("$.rows[0].cells[3].impact").value(4))
        .andExpect(jsonPath("$.rows[0].cells[3].count").value(2))
        .andExpect(jsonPath("$.rows[0].cells[3].level").value("HIGH"));

    HeatMap outsider = heatMaps.portfolioHeatMap(current(t.outsider()));
    HeatMap executive = heatMaps.portfolioHeatMap(current(t.executive()));
    assertThat(executive.rows().get(3).cells().get(secretCell).count())
        .isEqualTo(executiveBefore.rows().get(3).cells().get(secretCell).count() + 1);
    assertThat(outsider.rows().get(3).cells().get(secretCell).count())
        .isEqualTo(outsiderBefore.rows().get(3).cells().get(secretCell).count());
    assertThat(executive.total()).isEqualTo(executiveBefore.total() + 1);
    assertThat(outsider.total()).isEqualTo(outsiderBefore.total());
    mvc.perform(get("/api/v1/raid/heatmap").with(as(t.outsider())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(outsider.total()));
  }
}
