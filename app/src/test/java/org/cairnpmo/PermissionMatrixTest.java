package org.cairnpmo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.governance.domain.VoteRule;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.selection.Objective;
import org.cairnpmo.portfolio.selection.ScenarioData;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.leveling.LevelingFixtures;
import org.cairnpmo.resources.timesheets.domain.LineData;
import org.cairnpmo.resources.timesheets.domain.TimesheetData;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.cairnpmo.support.ApiTestSupport;
import org.cairnpmo.support.PermissionTable;
import org.cairnpmo.support.PermissionTable.Action;
import org.cairnpmo.support.PermissionTable.Who;
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The permission matrix in {@code docs/permissions.md} is what the code does: every row of the
 * table is performed through the API by each kind of person, on a fresh record for each change
 * (rows that only read share one), and the outcome (allowed, or refused with 403 or hidden with
 * 404) must match the table's cell. A row without an action here, or an action without a row, fails
 * too, so the document and the code cannot drift apart. When they differ, the table as the code
 * behaves is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest extends ApiTestSupport {

  @Autowired StatusReportService reports;
  @Autowired ReportCadences cadences;
  @Autowired MethodologyService methodology;
  @Autowired GateService gates;
  @Autowired ProposalService proposals;
  @Autowired PoolService pool;
  @Autowired PlanningApi planning;
  @Autowired CatalogService catalog;
  @Autowired RequestService resourceRequests;
  @Autowired TimesheetService timesheets;
  @Autowired ScenarioService scenarios;

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private UserSummary pmo;

  @BeforeAll
  void cast() {
    people.putAll(PermissionTable.cast(this::user));
    pmo = user(Role.PMO);
    defineActions();
  }

  private void defineActions() {
    // The project register.
    actions.put("See a project", who -> get("/api/v1/projects/" + shared(false).id(), who));
    actions.put(
        "See a confidential project", who -> get("/api/v1/projects/" + shared(true).id(), who));
    actions.put(
        "Register a project they manage",
        who -> {
          ProjectData data = projectData(who.id(), false, List.of());
          return send(HttpMethod.POST, "/api/v1/projects", who, data, null);
        });
    actions.put(
        "Change a project's details",
        who ->
            send(
                HttpMethod.PATCH,
                "/api/v1/projects/" + project(false).id(),
                who,
                Map.of("description", "Changed by the matrix test"),
                MERGE_PATCH));
    // Project control.
    actions.put(
        "Write a status report",
        who -> {
          ProjectView project = project(false);
          LocalDate monday = cadence(project);
          return send(
              HttpMethod.POST,
              "/api/v1/projects/" + project.id() + "/status-reports",
              who,
              report(monday),
              null);
        });
    actions.put(
        "Review a submitted status report",
        who -> {
          ProjectView project = project(false);
          LocalDate monday = cadence(project);
          var submitted =
              reports.create(project.id(), report(monday), true, current(people.get(Who.MANAGER)));
          long id = submitted.id();
          return send(
              HttpMethod.POST,
              "/api/v1/projects/" + project.id() + "/status-reports/" + id + "/review",
              who,
              Map.of("outcome", "REVIEWED", "comment", "Reviewed", "version", submitted.version()),
              null);
        });
    actions.put(
        "Log a risk",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/projects/" + project(false).id() + "/raid/risks",
                who,
                Map.of("title", "Supplier late", "probability", 3, "impact", 4),
                null));
    actions.put(
        "Add a milestone",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/projects/" + project(false).id() + "/milestones",
                who,
                Map.of("name", "Go-live", "baselineDate", "2027-06-30"),
                null));
    actions.put(
        "See the RAID escalations of the portfolio", who -> get("/api/v1/raid/escalated", who));
    actions.put(
        "Change the rating rules",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/rating-rules",
                who,
                Map.of("metric", "CPI", "comparison", "LT", "threshold", 0.8, "rating", "RED"),
                null));
    // Budgets.
    actions.put(
        "Set a project's budget",
        who ->
            send(
                HttpMethod.PUT,
                "/api/v1/projects/" + project(false).id() + "/budget",
                who,
                Map.of(
                    "lines",
                    List.of(
                        Map.of(
                            "period", "2027-01",
                            "category", "LABOUR",
                            "costType", "OPEX",
                            "amount", 1000)),
                    "version",
                    0),
                null));
    actions.put(
        "Record an actual cost",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/projects/" + project(false).id() + "/actuals",
                who,
                Map.of(
                    "date", "2027-01-15",
                    "category", "LABOUR",
                    "costType", "OPEX",
                    "amount", 250),
                null));
    actions.put(
        "See a project's earned value",
        who -> get("/api/v1/projects/" + shared(false).id() + "/evm", who));
    // Planning.
    actions.put(
        "See a project's plan",
        who -> get("/api/v1/projects/" + shared(false).id() + "/plan/tasks", who));
    actions.put(
        "Change a project's plan",
        who ->
            send(
                HttpMethod.PUT,
                "/api/v1/projects/" + project(false).id() + "/plan",
                who,
                Map.of("start", "2027-01-04T08:00:00"),
                null));
    // Portfolio.
    actions.put(
        "Propose a project",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/portfolio/proposals",
                who,
                Map.of("title", "An idea"),
                null));
    actions.put(
        "Triage a submitted proposal",
        who -> {
          UserSummary author = people.get(Who.TEAM);
          ProposalView draft = proposals.create(proposal(), current(author));
          ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));
          return send(
              HttpMethod.POST,
              "/api/v1/portfolio/proposals/" + submitted.id() + "/triage",
              who,
              Map.of("outcome", "DEFERRED", "reason", "Next year", "version", submitted.version()),
              null);
        });
    actions.put("See the ranking of proposals", who -> get("/api/v1/portfolio/ranking", who));
    actions.put(
        "Define a strategic objective",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/portfolio/objectives",
                who,
                Map.of("name", "Grow " + unique()),
                null));
    actions.put("See the selection scenarios", who -> get("/api/v1/portfolio/scenarios", who));
    actions.put(
        "Create a selection scenario",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/portfolio/scenarios",
                who,
                Map.of(
                    "name", "Scenario " + unique(), "objective", "SCORE", "totalBudget", 1000000),
                null));
    // Governance.
    actions.put(
        "Define a project tier",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/governance/tiers",
                who,
                new TierData(
                    tierLevel(),
                    "Tier " + unique(),
                    null,
                    MatchMode.ANY,
                    null,
                    null,
                    null,
                    null,
                    null),
                null));
    actions.put(
        "Record a decision at a gate under review",
        who -> {
          Placed placed = placedAwaitingReview();
          return send(
              HttpMethod.POST,
              "/api/v1/governance/projects/"
                  + placed.project().id()
                  + "/gates/"
                  + placed.gateId()
                  + "/decisions",
              who,
              Map.of("decision", "HOLD", "rationale", "Wait for the vendor's offer"),
              null);
        });
    actions.put(
        "Put a project already under way on a lifecycle at its phase",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/governance/projects",
                who,
                Map.of(
                    "projectId",
                    project(false).id(),
                    "riskLevel",
                    "LOW",
                    "tierId",
                    tierWithLifecycle().id(),
                    "currentPhase",
                    1),
                null));
    actions.put(
        "Vote at a gate review as one of its named approvers",
        who -> {
          Placed placed = placedAwaitingVote(who);
          return send(
              HttpMethod.POST,
              "/api/v1/governance/projects/"
                  + placed.project().id()
                  + "/gates/"
                  + placed.gateId()
                  + "/votes",
              who,
              Map.of("decision", "GO", "comment", "The case holds"),
              null);
        });
    actions.put(
        "Record the board's decision on a review its approvers vote on",
        who -> {
          Placed placed = placedAwaitingVote(people.get(Who.TEAM));
          return send(
              HttpMethod.POST,
              "/api/v1/governance/projects/"
                  + placed.project().id()
                  + "/gates/"
                  + placed.gateId()
                  + "/decisions",
              who,
              Map.of("decision", "HOLD", "rationale", "The board met and waits for the offer"),
              null);
        });
    // Reporting.
    actions.put(
        "See the portfolio dashboard",
        who -> get("/api/v1/portfolio/dashboard?department=" + emptyDepartment(), who));
    actions.put(
        "Rebuild the portfolio dashboard",
        who -> send(HttpMethod.POST, "/api/v1/portfolio/dashboard/rebuild", who, null, null));
    actions.put(
        "Print the portfolio status report",
        who -> get("/api/v1/portfolio/status-report.pdf?department=" + emptyDepartment(), who));
    // Identity.
    actions.put("List the people", who -> get("/api/v1/users", who));
    // Resources.
    actions.put(
        "Add a person to the resource pool",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/resources/people",
                who,
                Map.of("name", "Pool person " + System.nanoTime()),
                null));
    actions.put(
        "Ask for a person's cost rate on a day",
        who -> get("/api/v1/resources/people/" + sharedPoolPerson() + "/rate?on=2027-01-04", who));
    actions.put(
        "Change a project's RACI",
        who ->
            send(
                HttpMethod.PUT,
                "/api/v1/projects/" + project(false).id() + "/raci",
                who,
                Map.of(
                    "columns",
                    List.of(Map.of("personId", poolPerson())),
                    "rows",
                    List.of(Map.of("label", "Design", "cells", List.of("A")))),
                null));
    actions.put(
        "Request a person for a project",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/projects/" + project(false).id() + "/resource-requests",
                who,
                request(),
                null));
    actions.put(
        "Propose a person for a resource request",
        who -> {
          ProjectView project = project(false);
          long id =
              resourceRequests
                  .create(project.id(), request(), current(people.get(Who.MANAGER)))
                  .id();
          return mvc.perform(
                  MockMvcRequestBuilders.post(
                          "/api/v1/projects/"
                              + project.id()
                              + "/resource-requests/"
                              + id
                              + "/propose")
                      .with(as(who))
                      .header(HttpHeaders.IF_MATCH, "\"0\"")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(write(Map.of("personId", poolPerson()))))
              .andReturn()
              .getResponse()
              .getStatus();
        });
    actions.put(
        "See the people suggested for a resource request",
        who -> get("/api/v1/resources/requests/" + sharedRequest() + "/suggestions", who));
    actions.put(
        "Propose people for open requests in one optimized run",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/resources/staffing/proposals",
                who,
                Map.of("projectId", project(false).id(), "timeLimitSeconds", 1),
                null));
    actions.put(
        "Approve a submitted timesheet with lines on the project",
        who -> {
          ProjectView project = project(false);
          TimesheetView week = submittedWeek(project);
          return mvc.perform(
                  MockMvcRequestBuilders.post("/api/v1/timesheets/" + week.id() + "/approve")
                      .with(as(who))
                      .header(HttpHeaders.IF_MATCH, "\"" + week.version() + "\""))
              .andReturn()
              .getResponse()
              .getStatus();
        });
    actions.put("See the capacity heat map", who -> get("/api/v1/resources/capacity?weeks=2", who));
    actions.put(
        "Add a selection scenario to the capacity heat map (what-if)",
        who -> get("/api/v1/resources/capacity?weeks=2&scenario=" + sharedScenario(), who));
    actions.put(
        "Preview leveling across projects",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/resources/leveling/previews",
                who,
                levelingLimits(),
                null));
    // Single sign-on (identity).
    actions.put("See the single sign-on rules", who -> get("/api/v1/sso-rules", who));
    actions.put(
        "Add a single sign-on rule",
        who ->
            send(
                HttpMethod.POST,
                "/api/v1/sso-rules",
                who,
                Map.of("claim", "groups", "value", "matrix-" + unique(), "role", "EXECUTIVE"),
                null));
  }

  // What a row only reads is made once for every person: a fresh record each time is for changes.
  private final Map<Boolean, ProjectView> sharedProjects = new HashMap<>();
  private long sharedPoolPerson;
  private long sharedRequest;
  private long sharedScenario;

  private long emptyDepartment;

  /**
   * A department without projects: what the whole portfolio shows grows with every test of the
   * suite, and a report of all of it, made for each person, says no more about who may see it.
   */
  private long emptyDepartment() {
    if (emptyDepartment == 0) {
      emptyDepartment = department().id();
    }
    return emptyDepartment;
  }

  private ProjectView shared(boolean confidential) {
    return sharedProjects.computeIfAbsent(confidential, this::project);
  }

  private long sharedPoolPerson() {
    if (sharedPoolPerson == 0) {
      sharedPoolPerson = poolPerson();
    }
    return sharedPoolPerson;
  }

  private long sharedRequest() {
    if (sharedRequest == 0) {
      sharedRequest =
          resourceRequests
              .create(shared(false).id(), request(), current(people.get(Who.MANAGER)))
              .id();
    }
    return sharedRequest;
  }

  private long sharedScenario() {
    if (sharedScenario == 0) {
      sharedScenario = scenario();
    }
    return sharedScenario;
  }

  private Map<String, Object> levelingLimits;

  /** Two projects whose plans want the same person at once, made once: previews save nothing. */
  private Map<String, Object> levelingLimits() {
    if (levelingLimits == null) {
      UserSummary shared = user(Role.MEMBER);
      List<Map<String, Object>> limits = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        ProjectView project =
            projects.register(
                LevelingFixtures.project(
                    "LV-" + unique(), people.get(Who.MANAGER).id(), Priority.MEDIUM, false),
                current(pmo));
        planning.replacePlan(project.id(), LevelingFixtures.plan(shared.id()), 0, current(pmo));
        limits.add(Map.of("projectId", project.id()));
      }
      levelingLimits = Map.of("projects", limits);
    }
    return levelingLimits;
  }

  /** An empty selection scenario of the PMO's. */
  private long scenario() {
    return scenarios
        .create(
            new ScenarioData(
                "What-if " + unique(),
                null,
                null,
                Objective.SCORE,
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
                null,
                null),
            current(pmo))
        .id();
  }

  /** A week of a new person of the pool, booked on an approved request of the project. */
  private TimesheetView submittedWeek(ProjectView project) {
    UserSummary worker = user(Role.MEMBER);
    long personId =
        pool.create(
                new PersonData(
                    worker.id(),
                    worker.displayName(),
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
                current(pmo))
            .id();
    CurrentUser manager = current(people.get(Who.MANAGER));
    long request =
        resourceRequests
            .create(
                project.id(),
                new RequestData(
                    null,
                    personId,
                    List.of(),
                    new BigDecimal("16"),
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    Priority.MEDIUM,
                    null),
                manager)
            .id();
    resourceRequests.propose(project.id(), request, personId, 0, current(pmo));
    resourceRequests.accept(project.id(), request, 1, manager);
    resourceRequests.approve(project.id(), request, 2, current(pmo));
    TimesheetView saved =
        timesheets.saveMine(
            LocalDate.of(2027, 3, 1),
            new TimesheetData(
                List.of(new LineData(request, null, null, null, List.of(new BigDecimal("6")))), 0L),
            0,
            current(worker));
    return timesheets.submit(saved.id(), saved.version(), current(worker));
  }

  /** A person of the pool with a rate, added by the PMO. */
  private long poolPerson() {
    long id =
        pool.create(
                new PersonData(
                    null,
                    "Rated " + System.nanoTime(),
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
                current(pmo))
            .id();
    pool.addRate(id, new RateData(LocalDate.of(2027, 1, 1), new BigDecimal("95")), 0, current(pmo));
    return id;
  }

  private RequestData request() {
    long role =
        catalog
            .createRole(
                new RoleData("Tester " + System.nanoTime(), null, null, null, null, null),
                current(pmo))
            .id();
    return new RequestData(
        role,
        null,
        List.of(),
        new BigDecimal("16"),
        LocalDate.now().plusWeeks(2),
        LocalDate.now().plusWeeks(10),
        Priority.MEDIUM,
        "Testing");
  }

  @Test
  void the_permission_matrix_in_the_docs_is_what_the_code_does() throws Exception {
    var outcome = PermissionTable.perform("Action", Who.class, people, actions);
    org.assertj.core.api.Assertions.assertThat(outcome.surprises())
        .as("answers that are neither allowed nor refused")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }

  // --- requests and fixtures ----------------------------------------------------------------

  private int get(String path, UserSummary who) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.get(path)
                .with(as(who))
                .accept(MediaType.APPLICATION_JSON, MediaType.ALL))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private int send(
      HttpMethod method, String path, UserSummary who, Object body, MediaType contentType)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path).with(as(who));
    if (body != null) {
      request
          .contentType(contentType == null ? MediaType.APPLICATION_JSON : contentType)
          .content(write(body));
    }
    if (method == HttpMethod.PATCH || method == HttpMethod.PUT) {
      request.header(HttpHeaders.IF_MATCH, "\"0\"");
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  /**
   * A fresh project under way (started half a year ago), managed by the cast's manager, with the
   * cast's team member on it.
   */
  private ProjectView project(boolean confidential) {
    ProjectData d =
        projectData(
            people.get(Who.MANAGER).id(),
            confidential,
            List.of(new ProjectData.Member(people.get(Who.TEAM).id(), MembershipRole.TEAM_MEMBER)));
    LocalDate start = LocalDate.now().minusMonths(6);
    ProjectData data =
        new ProjectData(
            d.code(),
            d.name(),
            d.description(),
            d.departmentId(),
            d.sponsorId(),
            d.managerId(),
            d.category(),
            d.priority(),
            d.status(),
            start,
            start.plusYears(2),
            d.budgetAmount(),
            d.budgetCurrency(),
            d.confidential(),
            d.members(),
            d.version());
    return projects.register(data, current(pmo));
  }

  private LocalDate cadence(ProjectView project) {
    LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
    cadences.setCadence(
        project.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, current(pmo));
    return monday;
  }

  private static StatusReportData report(LocalDate monday) {
    return new StatusReportData(
        monday,
        monday.plusDays(6),
        Rag.GREEN,
        Rag.GREEN,
        Rag.GREEN,
        Rag.GREEN,
        Rag.GREEN,
        Rag.GREEN,
        null,
        null,
        null,
        null,
        null,
        null,
        "On track",
        null,
        null,
        null,
        null);
  }

  private static ProposalData proposal() {
    return new ProposalData(
        "Proposal " + unique(),
        "A problem",
        "A scope",
        null,
        null,
        null,
        "EUR",
        null,
        null,
        List.of(),
        List.of(),
        List.of(new ProposalData.CostLine("2027", new BigDecimal("100000"), BigDecimal.ZERO)),
        List.of(new ProposalData.BenefitLine("2028", new BigDecimal("150000"))),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static int tierLevel() {
    return TierLevels.next();
  }

  private record Placed(ProjectView project, long gateId) {}

  /** A project placed on a two-phase lifecycle, its manager asking for the first gate's review. */
  private Placed placedAwaitingReview() {
    CurrentUser manager = current(people.get(Who.MANAGER));
    ProjectView project = project(false);
    var placed =
        gates.place(
            new PlacementData(project.id(), RiskLevel.MEDIUM, tierWithLifecycle().id(), null),
            manager);
    long gateId = placed.gates().get(0).id();
    gates.requestReview(
        project.id(), gateId, new ReviewRequestData("Ready for review", null, null), manager);
    return new Placed(project, gateId);
  }

  /**
   * As {@link #placedAwaitingReview}, the review naming {@code approver} and the PMO's other member
   * as the approvers who vote on it; the PMO requests it when the approver is the manager.
   */
  private Placed placedAwaitingVote(UserSummary approver) {
    UserSummary requester =
        approver.id() == people.get(Who.MANAGER).id() ? pmo : people.get(Who.MANAGER);
    ProjectView project = project(false);
    var placed =
        gates.place(
            new PlacementData(project.id(), RiskLevel.MEDIUM, tierWithLifecycle().id(), null),
            current(people.get(Who.MANAGER)));
    long gateId = placed.gates().get(0).id();
    gates.requestReview(
        project.id(),
        gateId,
        new ReviewRequestData(
            "Ready for the board", null, null, List.of(approver.id()), VoteRule.MAJORITY),
        current(requester));
    return new Placed(project, gateId);
  }

  /** A tier whose lifecycle has two phases. */
  private TierView tierWithLifecycle() {
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Lifecycle " + unique(),
                null,
                List.of(
                    new LifecycleData.PhaseData(
                        "Initiation", null, "Approval", List.of(), List.of(), List.of(), Set.of()),
                    new LifecycleData.PhaseData(
                        "Delivery", null, "Closure", List.of(), List.of(), List.of(), Set.of())),
                null),
            current(pmo));
    TierView tier =
        methodology.defineTier(
            new TierData(
                tierLevel(),
                "Tier " + unique(),
                null,
                MatchMode.ANY,
                new BigDecimal("1000000"),
                null,
                null,
                lifecycle.id(),
                null),
            current(pmo));
    return tier;
  }
}
