package org.cairnpmo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class GateApiTest extends GovernanceTestSupport {

  @Autowired ProjectService projectService;

  private ResultActions expectProblem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private static String base(Governed g) {
    return "/api/v1/governance/projects/" + g.project().id();
  }

  private static String gate(Governed g, int position) {
    return base(g) + "/gates/" + g.gateId(position);
  }

  private ResultActions decide(Governed g, UserSummary by, String body) throws Exception {
    return mvc.perform(
        post(gate(g, 0) + "/decisions")
            .with(as(by))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String conditionJson(UserSummary owner, LocalDate due) {
    return """
        {"decision": "GO_WITH_CONDITIONS", "rationale": "Sound case, staffing open",
         "conditions": [{"description": "Name a test lead", "ownerId": %d, "dueDate": "%s"}]}
        """
        .formatted(owner.id(), due);
  }

  @Test
  void the_manager_puts_a_project_on_the_lifecycle_of_its_tier() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    LifecycleView lifecycle = lifecycle(user(Role.MEMBER));
    TierView tier = tier(lifecycle);
    var project = project(manager, false);
    String body =
        "{\"projectId\": %d, \"riskLevel\": \"HIGH\", \"tierId\": %d}"
            .formatted(project.id(), tier.id());

    expectProblem(
        mvc.perform(
            post("/api/v1/governance/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)),
        401);
    expectProblem(
        mvc.perform(
            post("/api/v1/governance/projects")
                .with(as(user(Role.PROJECT_MANAGER)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)),
        403);
    expectProblem(
            mvc.perform(
                post("/api/v1/governance/projects")
                    .with(as(manager))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"tierId\": %d}".formatted(tier.id()))),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("projectId")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("riskLevel")));

    mvc.perform(
            post("/api/v1/governance/projects")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/governance/projects/" + project.id()))
        .andExpect(jsonPath("$.tierName").value(tier.name()))
        .andExpect(jsonPath("$.lifecycleName").value(lifecycle.name()))
        .andExpect(jsonPath("$.riskLevel").value("HIGH"))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.gates[0].status").value("OPEN"))
        .andExpect(jsonPath("$.gates[0].current").value(true))
        .andExpect(jsonPath("$.gates[1].status").value("PENDING"))
        .andExpect(jsonPath("$.gates[0].checklist[1].label").value("Sponsor named"))
        .andExpect(jsonPath("$.can.requestReview").value(true))
        .andExpect(jsonPath("$.can.decide").value(false));

    expectProblem(
            mvc.perform(
                post("/api/v1/governance/projects")
                    .with(as(manager))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/already-on-lifecycle"));
    mvc.perform(get("/api/v1/governance/lifecycles/" + lifecycle.id()).with(as(manager)))
        .andExpect(jsonPath("$.frozen").value(true));
  }

  @Test
  void without_a_tier_the_project_is_classified_and_business_as_usual_is_refused()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    var project = project(manager, false);
    mvc.perform(
            get("/api/v1/governance/projects/" + project.id() + "/classification")
                .param("risk", "LOW")
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.budget").value(100000.0))
        .andExpect(jsonPath("$.durationMonths").value(12))
        .andExpect(jsonPath("$.risk").value("LOW"));

    var criteria = methodology.criteria();
    // A threshold far above the test project's budget and duration: it is business as usual.
    methodology.reviseCriteria(
        new ProjectCriteriaData(null, new java.math.BigDecimal("900000000"), "EUR", 500, null),
        criteria.version(),
        pmo());
    try {
      expectProblem(
              mvc.perform(
                  post("/api/v1/governance/projects")
                      .with(as(manager))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"projectId\": %d, \"riskLevel\": \"LOW\"}".formatted(project.id()))),
              400)
          .andExpect(jsonPath("$.errors[0].field").value("tierId"))
          .andExpect(
              jsonPath("$.errors[0].message")
                  .value(org.hamcrest.Matchers.startsWith("Business as usual")));
    } finally {
      var now = methodology.criteria();
      methodology.reviseCriteria(
          new ProjectCriteriaData(
              criteria.policy(),
              criteria.minBudget(),
              criteria.currency(),
              criteria.minDurationMonths(),
              null),
          now.version(),
          pmo());
    }
  }

  @Test
  void a_projects_gates_are_visible_to_whoever_sees_the_project_and_hidden_otherwise()
      throws Exception {
    UserSummary teamMember = user(Role.MEMBER);
    Governed secret = governed(true, teamMember);
    UserSummary outsider = user(Role.MEMBER);

    expectProblem(mvc.perform(get(base(secret))), 401);
    expectProblem(mvc.perform(get(base(secret)).with(as(outsider))), 404)
        .andExpect(
            jsonPath("$.detail").value("Project " + secret.project().id() + " was not found"));
    expectProblem(mvc.perform(get(base(secret) + "/classification").with(as(outsider))), 404);
    mvc.perform(get(base(secret)).with(as(teamMember)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.projectCode").value(secret.project().code()))
        .andExpect(jsonPath("$.can.requestReview").value(false));
    mvc.perform(get(base(secret)).with(as(user(Role.EXECUTIVE)))).andExpect(status().isOk());

    var notGoverned = project(user(Role.PROJECT_MANAGER), false);
    expectProblem(
        mvc.perform(
            get("/api/v1/governance/projects/" + notGoverned.id()).with(as(user(Role.PMO)))),
        404);
    mvc.perform(get("/api/v1/governance/projects").with(as(outsider)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].projectId", not(hasItem((int) secret.project().id()))));
  }

  @Test
  void the_manager_prepares_the_checklist_with_the_version_they_read() throws Exception {
    Governed g = governed(false);
    String body =
        """
        {"checklist": [{"index": 0, "checked": true, "note": "Approved 12 Nov"}],
         "deliverables": [{"index": 0, "provided": true, "reference": "https://docs/bc.pdf"}]}
        """;

    expectProblem(
        mvc.perform(
            put(gate(g, 0) + "/checklist")
                .with(as(g.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)),
        428);
    expectProblem(
        mvc.perform(
            put(gate(g, 0) + "/checklist")
                .with(as(g.reviewer()))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)),
        403);
    mvc.perform(
            put(gate(g, 0) + "/checklist")
                .with(as(g.manager()))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.gates[0].checklist[0].checked").value(true))
        .andExpect(jsonPath("$.gates[0].checklist[0].note").value("Approved 12 Nov"))
        .andExpect(jsonPath("$.gates[0].deliverables[0].reference").value("https://docs/bc.pdf"));
    expectProblem(
            mvc.perform(
                put(gate(g, 0) + "/checklist")
                    .with(as(g.manager()))
                    .header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)),
            409)
        .andExpect(jsonPath("$.currentVersion").value(1));
    expectProblem(
            mvc.perform(
                put(gate(g, 0) + "/checklist")
                    .with(as(g.manager()))
                    .header("If-Match", "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"checklist\": [{\"index\": 9, \"checked\": true}, {\"checked\": true}],"
                            + " \"deliverables\": [{\"index\": 0, \"provided\": true}]}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("checklist[1].index")));
    expectProblem(
            mvc.perform(
                put(gate(g, 0) + "/checklist")
                    .with(as(g.manager()))
                    .header("If-Match", "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"checklist\": [{\"index\": 9, \"checked\": true}],"
                            + " \"deliverables\": [{\"index\": 0, \"provided\": true}]}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("checklist[0].index")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("deliverables[0].reference")));
    expectProblem(
            mvc.perform(
                put(gate(g, 1) + "/checklist")
                    .with(as(g.manager()))
                    .header("If-Match", "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"checklist\": []}")),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/not-current-gate"));
  }

  @Test
  void the_manager_requests_a_review_and_a_reviewer_records_go_with_conditions() throws Exception {
    Governed g = governed(false);
    UserSummary teamMember = user(Role.MEMBER);

    expectProblem(
        mvc.perform(
            post(gate(g, 0) + "/review-requests")
                .with(as(teamMember))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Me?\"}")),
        403);
    expectProblem(
        mvc.perform(
            post(gate(g, 0) + "/review-requests")
                .with(as(g.manager()))
                .header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Stale\"}")),
        409);
    String reviewLocation =
        mvc.perform(
                post(gate(g, 0) + "/review-requests")
                    .with(as(g.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"note": "Business case ready",
                         "checklist": {"checklist": [{"index": 0, "checked": true}]}}
                        """))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.requestNote").value("Business case ready"))
            .andExpect(jsonPath("$.criteriaMet").value(1))
            .andExpect(jsonPath("$.criteriaTotal").value(2))
            .andExpect(jsonPath("$.decision").doesNotExist())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    expectProblem(
            mvc.perform(
                post(gate(g, 0) + "/review-requests")
                    .with(as(g.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")),
            409)
        .andExpect(
            jsonPath("$.type").value("https://cairnpmo.org/problems/review-already-requested"));

    // Who may not decide: someone who sees the project but does not review it, and the requester.
    expectProblem(decide(g, user(Role.MEMBER), conditionJson(g.manager(), LocalDate.now())), 403);
    expectProblem(decide(g, g.manager(), conditionJson(g.manager(), LocalDate.now())), 403);
    expectProblem(decide(g, user(Role.ADMIN), conditionJson(g.manager(), LocalDate.now())), 403);
    // What is refused field by field.
    expectProblem(
            decide(
                g, g.reviewer(), "{\"decision\": \"GO_WITH_CONDITIONS\", \"rationale\": \"Ok\"}"),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("conditions"));
    expectProblem(decide(g, g.reviewer(), "{\"decision\": \"GO\"}"), 400)
        .andExpect(jsonPath("$.errors[0].field").value("rationale"));
    expectProblem(decide(g, g.reviewer(), "{\"decision\": \"MAYBE\", \"rationale\": \"?\"}"), 400);
    expectProblem(
            decide(
                g,
                g.reviewer(),
                """
                {"decision": "GO_WITH_CONDITIONS", "rationale": "Ok",
                 "conditions": [{"description": "", "ownerId": 987654321, "dueDate": "2020-01-01"}]}
                """),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("conditions[0].description")));
    expectProblem(
            decide(
                g,
                g.reviewer(),
                """
                {"decision": "GO_WITH_CONDITIONS", "rationale": "Ok",
                 "conditions": [{"description": "X", "ownerId": 987654321, "dueDate": "2020-01-01"}]}
                """),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("conditions[0].ownerId")));

    LocalDate due = LocalDate.now().plusDays(14);
    mvc.perform(
            post(gate(g, 0) + "/decisions")
                .with(as(g.reviewer()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(conditionJson(g.manager(), due)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", reviewLocation))
        .andExpect(jsonPath("$.decision").value("GO_WITH_CONDITIONS"))
        .andExpect(jsonPath("$.rationale").value("Sound case, staffing open"))
        .andExpect(jsonPath("$.decidedBy").value(g.reviewer().displayName()))
        .andExpect(jsonPath("$.decidedAs").value("Reviewer"))
        .andExpect(jsonPath("$.conditions[0].ownerName").value(g.manager().displayName()))
        .andExpect(jsonPath("$.conditions[0].dueDate").value(due.toString()))
        .andExpect(jsonPath("$.conditions[0].met").value(false));

    mvc.perform(get(base(g)).with(as(g.manager())))
        .andExpect(jsonPath("$.gates[0].status").value("PASSED"))
        .andExpect(jsonPath("$.gates[1].status").value("OPEN"))
        .andExpect(jsonPath("$.currentGateId").value(g.gateId(1)));
    mvc.perform(get(reviewLocation).with(as(teamMember)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("GO_WITH_CONDITIONS"));
    // The gate is passed: there is nothing left to decide there, and the decision stays as it is.
    expectProblem(
            decide(g, user(Role.PMO), "{\"decision\": \"KILL\", \"rationale\": \"Changed mind\"}"),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/not-current-gate"));
    mvc.perform(get(reviewLocation).with(as(g.manager())))
        .andExpect(jsonPath("$.decision").value("GO_WITH_CONDITIONS"));
  }

  @Test
  void a_second_decision_on_the_same_review_is_refused() throws Exception {
    Governed g = governed(false);
    long reviewId = requestReview(g).reviewId();
    decide(g, user(Role.EXECUTIVE), "{\"decision\": \"HOLD\", \"rationale\": \"Budget freeze\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decidedAs").value("Board (executive)"));

    expectProblem(
            decide(
                g,
                user(Role.PMO),
                "{\"decision\": \"GO\", \"rationale\": \"Overrule\", \"reviewId\": %d}"
                    .formatted(reviewId)),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/review-not-open"));
    expectProblem(
            decide(g, user(Role.PMO), "{\"decision\": \"GO\", \"rationale\": \"Overrule\"}"), 409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/no-review-requested"));
    mvc.perform(get(base(g)).with(as(g.manager())))
        .andExpect(jsonPath("$.gates[0].status").value("ON_HOLD"))
        .andExpect(jsonPath("$.gates[0].reviews[0].decision").value("HOLD"))
        .andExpect(jsonPath("$.can.requestReview").value(true));
  }

  @Test
  void a_condition_is_marked_met_by_its_owner_once() throws Exception {
    Governed g = governed(false);
    requestReview(g);
    decide(g, g.reviewer(), conditionJson(g.manager(), LocalDate.now().plusDays(3)))
        .andExpect(status().isCreated());
    long conditionId =
        gates
            .get(g.project().id(), current(g.manager()))
            .gates()
            .get(0)
            .reviews()
            .get(0)
            .conditions()
            .get(0)
            .id();
    String met = base(g) + "/conditions/" + conditionId + "/met";

    expectProblem(
        mvc.perform(
            post(met)
                .with(as(user(Role.MEMBER)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")),
        403);
    expectProblem(
        mvc.perform(
            post(base(g) + "/conditions/987654321/met")
                .with(as(g.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")),
        404);
    mvc.perform(
            post(met)
                .with(as(g.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Ada Byron joined as test lead\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.gates[0].reviews[0].conditions[0].met").value(true))
        .andExpect(
            jsonPath("$.gates[0].reviews[0].conditions[0].metNote")
                .value("Ada Byron joined as test lead"));
    expectProblem(
            mvc.perform(
                post(met)
                    .with(as(user(Role.PMO)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/condition-met"));
  }

  @Test
  void kill_at_a_gate_cancels_the_project_in_the_register_with_history_by_governance()
      throws Exception {
    Governed g = governed(false);
    requestReview(g);

    decide(
            g,
            g.reviewer(),
            "{\"decision\": \"KILL\", \"rationale\": \"The market moved; no business case left\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decision").value("KILL"));

    mvc.perform(get(base(g)).with(as(g.manager())))
        .andExpect(jsonPath("$.status").value("KILLED"))
        .andExpect(jsonPath("$.gates[0].status").value("KILLED"))
        .andExpect(jsonPath("$.currentGateId").doesNotExist());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(projects.visibleProject(g.project().id(), pmo()).orElseThrow().status())
                    .isEqualTo(ProjectStatus.CANCELLED));
    List<ProjectChangeView> history = projectService.history(g.project().id(), pmo());
    assertThat(history)
        .filteredOn(c -> c.field().equals("Status"))
        .first()
        .satisfies(
            c -> {
              assertThat(c.changedBy()).isEqualTo("governance");
              assertThat(c.newValue()).isEqualTo("Cancelled");
            });
    assertThat(history)
        .filteredOn(c -> c.field().equals("Reason"))
        .first()
        .satisfies(c -> assertThat(c.newValue()).contains("Killed at the gate 'Approval'"));
    expectProblem(
            mvc.perform(
                post(gate(g, 0) + "/review-requests")
                    .with(as(g.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-final"));
  }

  @Test
  void a_project_cancelled_in_the_register_leaves_the_board_and_its_gates_no_longer_change()
      throws Exception {
    Governed g = governed(false);
    requestReview(g);
    projects.cancelBySystem(g.project().id(), "test", "Stopped by its sponsor");

    assertThat(board.board(pmo()).pending()).noneMatch(p -> p.projectId() == g.project().id());
    expectProblem(decide(g, user(Role.PMO), "{\"decision\": \"GO\", \"rationale\": \"Go\"}"), 409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-final"));
    mvc.perform(get(base(g)).with(as(g.manager())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.projectStatus").value("CANCELLED"))
        .andExpect(jsonPath("$.can.decide").value(false))
        .andExpect(jsonPath("$.can.requestReview").value(false));
  }

  @Test
  void the_board_lists_pending_reviews_overdue_conditions_and_recent_decisions_it_may_see()
      throws Exception {
    Governed pending = governed(false);
    requestReview(pending);
    Governed secret = governed(true);
    requestReview(secret);
    Governed late = governed(false);
    requestReview(late);
    Instant fortyDaysAgo = Instant.now().minus(Duration.ofDays(40));
    Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
    gates.decide(
        late.project().id(),
        late.firstGateId(),
        new DecisionData(
            GateDecision.GO_WITH_CONDITIONS,
            "Go, but staff it",
            List.of(
                new DecisionData.Condition(
                    "Staff the test team", late.manager().id(), LocalDate.now().minusDays(3))),
            null),
        current(late.reviewer()),
        tenDaysAgo);
    Governed old = governed(false);
    requestReview(old);
    gates.decide(
        old.project().id(),
        old.firstGateId(),
        new DecisionData(GateDecision.GO, "Long ago", List.of(), null),
        current(old.reviewer()),
        fortyDaysAgo);

    UserSummary outsider = user(Role.MEMBER);
    mvc.perform(get("/api/v1/governance/board").with(as(outsider)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pending[*].projectCode", hasItem(pending.project().code())))
        .andExpect(jsonPath("$.pending[*].projectCode", not(hasItem(secret.project().code()))))
        .andExpect(jsonPath("$.overdue[*].projectCode", hasItem(late.project().code())))
        .andExpect(jsonPath("$.recent[*].projectCode", hasItem(late.project().code())))
        .andExpect(jsonPath("$.recent[*].projectCode", not(hasItem(old.project().code()))));
    mvc.perform(get("/api/v1/governance/board").with(as(user(Role.EXECUTIVE))))
        .andExpect(jsonPath("$.pending[*].projectCode", hasItem(secret.project().code())))
        .andExpect(
            jsonPath(
                    "$.pending[?(@.projectCode == '%s')].viewerMayDecide"
                        .formatted(secret.project().code()))
                .value(hasItem(true)))
        .andExpect(
            jsonPath(
                    "$.overdue[?(@.projectCode == '%s')].daysOverdue"
                        .formatted(late.project().code()))
                .value(hasItem(3)));
    expectProblem(mvc.perform(get("/api/v1/governance/board")), 401);
  }
}
