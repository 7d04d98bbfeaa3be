package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.ResourcesApi;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.timesheets.domain.LineData;
import org.cairnpmo.resources.timesheets.domain.TimesheetData;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A closed project goes out as a bundle and comes back in as another project with the same records:
 * the test context is one database, so "another Cairn" is the same one under a new code, and every
 * section is compared without its ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleRoundTripTest extends ArchiveTestSupport {

  @Autowired private MethodologyService methodology;
  @Autowired private GateService gates;
  @Autowired private BudgetService budgets;
  @Autowired private PlanningApi planning;
  @Autowired private ResourcesApi resources;
  @Autowired private PoolService pool;
  @Autowired private CatalogService catalog;
  @Autowired private RequestService requests;
  @Autowired private org.cairnpmo.learning.domain.MentoringService mentoring;
  @Autowired private TimesheetService timesheets;

  private UserSummary pmo;
  private UserSummary manager;
  private UserSummary member;
  private UserSummary sponsor;
  private ProjectView closed;
  private byte[] bundle;

  @BeforeAll
  void closedProjectWithDocuments() throws Exception {
    pmo = user(Role.PMO);
    manager = user(Role.PROJECT_MANAGER);
    member = user(Role.MEMBER);
    CurrentUser office = current(pmo);
    sponsor = user(Role.EXECUTIVE);
    ProjectData data =
        projectData(
            manager.id(),
            false,
            List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER)));
    ProjectView project =
        projects.register(
            new ProjectData(
                data.code(),
                data.name(),
                data.description(),
                data.departmentId(),
                sponsor.id(),
                data.managerId(),
                data.category(),
                data.priority(),
                data.status(),
                data.plannedStart(),
                data.plannedFinish(),
                data.budgetAmount(),
                data.budgetCurrency(),
                data.confidential(),
                data.members(),
                data.version()),
            office);
    long charter = fileDocument(project.id(), "Charter", pdf("charter"), pmo);
    mvc.perform(
            newVersion(project.id(), charter, file("charter-2.pdf", pdf("revised")))
                .with(as(manager)))
        .andExpect(status().isCreated());
    // The manager names the deliverable the charter is: a change of its details.
    String charterPath = documents(project.id()) + "/" + charter;
    revised(
        charterPath,
        Map.of("title", "Charter"),
        Map.of("deliverableName", "Project charter"),
        read(fetch(charterPath, manager)).path("version").asLong(),
        manager);
    mvc.perform(
            upload(project.id(), "Minutes", file("minutes.docx", docx("minutes"))).with(as(member)))
        .andExpect(status().isCreated());
    for (var milestone :
        List.of(
            Map.of("name", "Go-live", "baselineDate", "2026-06-01", "completedDate", "2026-06-03"),
            Map.of(
                "name", "Handover", "baselineDate", "2027-09-01", "forecastDate", "2027-10-15"))) {
      JsonNode planned =
          read(
              mvc.perform(
                      post("/api/v1/projects/" + project.id() + "/milestones")
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(milestone))
                          .with(as(pmo)))
                  .andExpect(status().isCreated())
                  .andReturn());
      if (milestone.containsKey("forecastDate")) {
        // The manager moves it once: its history has a change by someone else than its planner.
        revised(
            "/api/v1/projects/" + project.id() + "/milestones/" + planned.path("id").asLong(),
            milestone,
            Map.of("forecastDate", "2027-11-02"),
            planned.path("version").asLong(),
            manager);
      }
    }
    Map<String, Object> lesson =
        Map.of(
            "title", "Book the crane slots early",
            "whatHappened", "The quay was booked for weeks ahead.",
            "category", "SCHEDULE",
            "tags", List.of("port", "suppliers"),
            "positive", false);
    JsonNode learned =
        read(
            mvc.perform(
                    post("/api/v1/projects/" + project.id() + "/lessons")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(lesson))
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andReturn());
    revised(
        "/api/v1/practices/lessons/" + learned.path("id").asLong(),
        lesson,
        Map.of("impact", "Two weeks lost"),
        learned.path("version").asLong(),
        pmo);
    governed(project, office);
    budgets.savePlan(
        project.id(),
        List.of(
            new BudgetLine("2027-01", CostCategory.LABOUR, CostType.OPEX, new BigDecimal("1000")),
            new BudgetLine(
                "2027-02", CostCategory.LABOUR, CostType.CAPEX, new BigDecimal("1500.50"))),
        List.of(new ProgressPoint("2027-01", new BigDecimal("25"))),
        EacMethod.AC_PLUS_REMAINING_AT_BUDGET,
        0,
        office);
    budgets.recordActuals(
        project.id(),
        List.of(
            new ActualData(
                LocalDate.of(2027, 1, 20),
                null,
                CostCategory.LABOUR,
                CostType.OPEX,
                new BigDecimal("800"),
                "Team",
                "INV-1")),
        "test",
        office);
    String raid = "/api/v1/projects/" + project.id() + "/raid/";
    for (var entry :
        List.of(
            Map.entry(
                "risks",
                Map.<String, Object>of(
                    "title",
                    "Late crane",
                    "probability",
                    4,
                    "impact",
                    3,
                    "ownerId",
                    member.id(),
                    "actions",
                    List.of(Map.of("text", "Book a second crane", "dueDate", "2026-05-01")))),
            Map.entry(
                "issues",
                Map.<String, Object>of(
                    "title", "Quay closed",
                    "severity", "HIGH",
                    "status", "RESOLVED",
                    "resolution", "Moved to the north quay")),
            Map.entry(
                "issues",
                Map.<String, Object>of(
                    "title", "Crane contract",
                    "severity", "MEDIUM",
                    "status", "CLOSED",
                    "resolution", "Handed over to port operations")),
            Map.entry(
                "assumptions",
                Map.<String, Object>of("text", "The port keeps its fees", "validated", true)),
            Map.entry(
                "decisions",
                Map.<String, Object>of(
                    "what", "Two waves", "decidedBy", "Board", "decidedOn", "2026-03-02")))) {
      JsonNode logged =
          read(
              mvc.perform(
                      post(raid + entry.getKey())
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(entry.getValue()))
                          .with(as(manager)))
                  .andExpect(status().isCreated())
                  .andReturn());
      if (entry.getKey().equals("risks")) {
        // The member, its owner, raises its probability: a change by someone else than its author.
        revised(
            raid + "risks/" + logged.path("id").asLong(),
            entry.getValue(),
            Map.of("probability", 5),
            logged.path("version").asLong(),
            member);
      }
    }
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/status-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "periodStart", "2026-05-04",
                            "periodEnd", "2026-05-10",
                            "overall", "AMBER",
                            "overallReason", "The quay is late",
                            "schedule", "RED",
                            "summary", "Waiting for the crane slots",
                            "nextSteps", "Book the slots")))
                .with(as(manager)))
        .andExpect(status().isCreated());
    planned(project, office);
    staffed(project, office);
    mentoring.startCoaching(
        new org.cairnpmo.learning.domain.CoachingData(
            "Port team",
            project.id(),
            pmo.id(),
            "Plan the unloading with the port",
            "The team booked the slots itself",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 4, 30),
            null),
        office);
    ProjectView active = moveTo(project, ProjectStatus.ACTIVE, office);
    org.cairnpmo.archive.closure.ClosureView ready = waiveAll(active.id(), office);
    closures.signOff(active.id(), "Accepted by the port", ready.version(), office);
    closed = projects.requireVisible(active.id(), office);
    bundle = bundleOf(closed.id(), pmo);
  }

  /**
   * A plan with a calendar of its own, a summary task over two tasks (one in progress, with a
   * three-point estimate; one constrained, on the plan's calendar), a milestone tied to the key
   * milestone "Handover", links with lag, resources with requirements and a baseline.
   */
  private void planned(ProjectView project, CurrentUser office) throws Exception {
    long handover = 0;
    for (JsonNode m : read(fetch("/api/v1/projects/" + project.id() + "/milestones", pmo))) {
      if (m.path("name").asString().equals("Handover")) {
        handover = m.path("id").asLong();
      }
    }
    LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
    PlanImport plan =
        new PlanImport(
            new PlanImport.Settings(
                start, LocalDateTime.of(2026, 3, 4, 17, 0), "site", ScheduleMode.MS_PROJECT, 480L),
            List.of(
                new PlanImport.ImportCalendar(
                    "site",
                    "Port site",
                    null,
                    List.of(new WeekdayHours(DayOfWeek.SATURDAY, List.of(WorkingPeriod.of(8, 12)))),
                    List.of(
                        new CalendarException(
                            "Port strike",
                            LocalDate.of(2026, 3, 16),
                            LocalDate.of(2026, 3, 17),
                            List.of())))),
            List.of(
                new PlanImport.ImportTask("build", 1, TaskData.named("Build"), null),
                new PlanImport.ImportTask(
                    "design",
                    2,
                    TaskData.named("Design", 3 * 480L)
                        .withPercentComplete(50.0)
                        .withActualStart(start)
                        .withEstimate(
                            new ThreePointEstimate(
                                2 * 480L, 3 * 480L, 6 * 480L, Distribution.TRIANGULAR)),
                    null),
                new PlanImport.ImportTask(
                    "unload",
                    2,
                    TaskData.named("Unload", 2 * 480L)
                        .withConstraintType(TaskConstraint.START_NO_EARLIER_THAN)
                        .withConstraintDate(LocalDateTime.of(2026, 3, 10, 8, 0))
                        .withNotes("North quay"),
                    "site"),
                new PlanImport.ImportTask(
                    "over",
                    1,
                    TaskData.milestone("Handed over").withKeyMilestoneId(handover),
                    null)),
            List.of(
                new PlanImport.ImportLink(
                    "design", "unload", DependencyType.FS, 480, LagKind.WORKING),
                new PlanImport.ImportLink("unload", "over", DependencyType.FS, 0, LagKind.WORKING)),
            List.of(
                new PlanImport.ImportResource(
                    "crane",
                    new ResourceData(
                        "Crane",
                        ResourceKind.EQUIPMENT,
                        new BigDecimal("1"),
                        null,
                        new BigDecimal("95.50"),
                        null),
                    "site"),
                new PlanImport.ImportResource(
                    "dev",
                    new ResourceData(
                        "Developer",
                        ResourceKind.PERSON,
                        new BigDecimal("0.5"),
                        member.id(),
                        null,
                        null),
                    null)),
            List.of(
                new PlanImport.ImportRequirement("unload", "crane", new BigDecimal("1")),
                new PlanImport.ImportRequirement("design", "dev", new BigDecimal("0.5"))),
            List.of());
    PlanEdit<PlanView> edit = planning.replacePlan(project.id(), plan, 0, office);
    planning.saveBaseline(project.id(), 0, "Approved plan", edit.version(), office);
  }

  /**
   * A role and a person of the pool, a request approved for that person and one rejected, and a
   * RACI matrix with a row on a task of the plan.
   */
  private void staffed(ProjectView project, CurrentUser office) {
    CurrentUser rm = current(user(Role.RESOURCE_MANAGER));
    CurrentUser lead = current(manager);
    long role =
        catalog
            .createRole(
                new RoleData("Crane operator " + unique(), null, null, null, null, null, null), rm)
            .id();
    long person =
        pool.create(
                new PersonData(
                    member.id(),
                    "Member " + unique(),
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
                rm)
            .id();
    RequestView wanted =
        requests.create(
            project.id(),
            new RequestData(
                role,
                null,
                List.of(new SkillLevel("Rigging", 3)),
                new BigDecimal("20"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30),
                Priority.HIGH,
                "For the unloading"),
            lead);
    RequestView proposed =
        requests.propose(project.id(), wanted.id(), person, wanted.version(), rm);
    RequestView accepted = requests.accept(project.id(), wanted.id(), proposed.version(), lead);
    requests.approve(project.id(), wanted.id(), accepted.version(), rm);
    RequestView other =
        requests.create(
            project.id(),
            new RequestData(
                role,
                null,
                List.of(),
                new BigDecimal("8"),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30),
                Priority.LOW,
                null),
            lead);
    requests.reject(project.id(), other.id(), "No one free in April", other.version(), rm);
    long unload =
        planning.allTasks(project.id(), null, office).stream()
            .filter(t -> t.name().equals("Unload"))
            .mapToLong(TaskView::id)
            .findFirst()
            .orElseThrow();
    resources.saveRaci(
        project.id(),
        new RaciData(
            List.of(new RaciData.Column(person, null), new RaciData.Column(null, role)),
            List.of(
                new RaciData.Row("", unload, List.of("R", "A")),
                new RaciData.Row("Sign-off", null, List.of("C", "A"))),
            0L),
        0,
        lead);
    booked(project, wanted.id(), rm);
  }

  /**
   * The member's week of 2 March on the project, approved: a line on the approved request, one on
   * the task Design and one free activity. The person has no rate, so no labour cost is booked.
   */
  private void booked(ProjectView project, long request, CurrentUser rm) {
    CurrentUser me = current(member);
    long design =
        planning.allTasks(project.id(), null, current(pmo)).stream()
            .filter(t -> t.name().equals("Design"))
            .mapToLong(TaskView::id)
            .findFirst()
            .orElseThrow();
    BigDecimal none = BigDecimal.ZERO;
    var week =
        timesheets.saveMine(
            LocalDate.of(2026, 3, 2),
            new TimesheetData(
                List.of(
                    new LineData(
                        request,
                        null,
                        null,
                        null,
                        List.of(
                            new BigDecimal("8"),
                            new BigDecimal("4"),
                            none,
                            none,
                            none,
                            none,
                            none)),
                    new LineData(
                        null,
                        project.id(),
                        design,
                        null,
                        List.of(none, none, new BigDecimal("2.5"), none, none, none, none)),
                    new LineData(
                        null,
                        project.id(),
                        null,
                        "Port visit",
                        List.of(none, none, none, none, new BigDecimal("1.5"), none, none))),
                0L),
            0,
            me);
    var submitted = timesheets.submit(week.id(), week.version(), me);
    timesheets.approve(submitted.id(), submitted.version(), rm);
  }

  @Test
  void the_bundle_holds_a_manifest_every_section_every_version_and_the_final_report() {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    assertThat(entries)
        .containsKeys(
            "manifest.json",
            "projects.json",
            "control.json",
            "practices.json",
            "governance.json",
            "budgets.json",
            "planning.json",
            "resources.json",
            "learning.json",
            "timesheets.json",
            "archive.json",
            "final-report.pdf");
    assertThat(entries.keySet().stream().filter(n -> n.startsWith("documents/"))).hasSize(3);
    JsonNode manifest = json.readTree(entries.get("manifest.json"));
    assertThat(manifest.path("bundle_schema_version").asInt()).isEqualTo(2);
    assertThat(manifest.path("project").path("code").asString()).isEqualTo(closed.code());
    assertThat(manifest.path("exported_by").asString()).isEqualTo(pmo.username());
    for (JsonNode s : manifest.path("sections")) {
      assertThat(BundleFiles.sha256(entries.get(s.path("file").asString())))
          .isEqualTo(s.path("sha256").asString());
    }
    String projectsJson = new String(entries.get("projects.json"), StandardCharsets.UTF_8);
    assertThat(projectsJson).contains(manager.username()).contains("\"original_id\"");
    assertThat(new String(entries.get("final-report.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void the_final_report_is_the_projects_closing_report() throws Exception {
    byte[] report = BundleFiles.entries(bundle).get("final-report.pdf");
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertThat(text)
        // facts, sponsor and manager, planned against actual dates
        .contains(closed.code())
        .contains(manager.displayName())
        .contains(sponsor.displayName())
        .contains("2027-01-01 to 2027-12-31")
        .contains("closed " + closed.finishedOn())
        // the schedule: baseline, last schedule, actual
        .contains("Baseline: Approved plan")
        .contains("2026-03-02")
        // milestones planned against actual
        .contains("Go-live 2026-06-01")
        .contains("2026-06-03")
        // the last status report's ratings
        .contains("Last status report: 2026-05-04 to 2026-05-10")
        .contains("AMBER The quay is late")
        .contains("Schedule RED")
        // the RAID log in counts, and what was handed over
        .contains("Issues 2 0 2 1")
        .contains("Handed over: Crane contract (Handed over to port operations)")
        // the final budget against actual costs
        .contains("Final budget (budget at completion) 2,500.50 EUR")
        .contains("Actual costs 800.00 EUR")
        // lessons, the closure checklist with who signed off and the waivers, the documents
        .contains("Book the crane slots early")
        .contains("Signed off by " + pmo.username())
        .contains("Accepted by the port")
        .contains("Waived by " + pmo.username() + ": Not needed in the test")
        .contains("Charter")
        .contains("Minutes");
  }

  @Test
  void an_imported_bundle_is_the_same_project_closed_under_its_new_code() throws Exception {
    String code = "IMP-" + unique();
    JsonNode imported =
        read(
            mvc.perform(importOf(bundle, code).with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn());
    long id = imported.path("projectId").asLong();
    assertThat(imported.path("unknownPeople").size()).isZero();
    CurrentUser office = current(pmo);
    ProjectView copy = projects.requireVisible(id, office);
    ProjectView original = projects.requireVisible(closed.id(), office);
    assertThat(copy.code()).isEqualTo(code);
    assertThat(copy.status()).isEqualTo(ProjectStatus.CLOSED);
    assertThat(copy.finishedOn()).isEqualTo(original.finishedOn());
    assertThat(copy)
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "name",
            "description",
            "managerId",
            "sponsorId",
            "category",
            "priority",
            "plannedStart",
            "plannedFinish",
            "budgetAmount",
            "budgetCurrency",
            "confidential",
            "members")
        .isEqualTo(original);
    assertThat(documentsWithoutIds(id)).isEqualTo(documentsWithoutIds(closed.id()));
    assertThat(milestonesWithoutIds(id)).hasSize(2).isEqualTo(milestonesWithoutIds(closed.id()));
    assertThat(lessonsWithoutIds(id)).hasSize(1).isEqualTo(lessonsWithoutIds(closed.id()));
    assertThat(withoutIds(read(fetch("/api/v1/projects/" + id + "/status-reports", pmo))))
        .contains("Waiting for the crane slots")
        .isEqualTo(
            withoutIds(read(fetch("/api/v1/projects/" + closed.id() + "/status-reports", pmo))));
    for (String kind : List.of("risks", "issues", "assumptions", "decisions")) {
      String copied = withoutIds(read(fetch("/api/v1/projects/" + id + "/raid/" + kind, pmo)));
      assertThat(copied)
          .as(kind)
          .isEqualTo(
              withoutIds(read(fetch("/api/v1/projects/" + closed.id() + "/raid/" + kind, pmo))));
      assertThat(copied).as(kind).contains("createdBy");
    }
    for (String money : List.of("budget", "progress", "actuals", "evm")) {
      String copied = withoutIds(read(fetch("/api/v1/projects/" + id + "/" + money, pmo)));
      assertThat(copied)
          .as(money)
          .isEqualTo(withoutIds(read(fetch("/api/v1/projects/" + closed.id() + "/" + money, pmo))));
    }
    assertThat(withoutIds(read(fetch("/api/v1/projects/" + id + "/actuals", pmo))))
        .contains("INV-1");
    ProjectGovernanceView governance = gates.get(id, office);
    assertThat(governance.gates()).hasSize(2);
    assertThat(governance.gates().get(0).reviews()).hasSize(1);
    assertThat(governance.gates().get(0).reviews().get(0).conditions()).hasSize(1);
    assertThat(governance)
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*[iI]d", "projectCode", "projectName", "version")
        .isEqualTo(gates.get(closed.id(), office));
    // The plan came along whole: tasks with their WBS, estimates, progress and dates, the links,
    // calendars, resources, requirements and the baseline; and so did the requests and the RACI.
    for (String part :
        List.of(
            "plan/tasks?size=50",
            "plan/links",
            "plan/calendars",
            "plan/resources",
            "plan/requirements",
            "plan/baselines",
            "plan/baselines/0/tasks",
            "raci",
            "resource-requests")) {
      String copied = withoutIds(read(fetch("/api/v1/projects/" + id + "/" + part, pmo)));
      assertThat(copied)
          .as(part)
          .isEqualTo(withoutIds(read(fetch("/api/v1/projects/" + closed.id() + "/" + part, pmo))));
    }
    assertThat(withoutIds(read(fetch("/api/v1/projects/" + id + "/plan/tasks?size=50", pmo))))
        .contains("North quay")
        .contains("TRIANGULAR")
        .contains("\"wbs\":\"1.2\"");
    assertThat(withoutIds(read(fetch("/api/v1/projects/" + id + "/raci", pmo))))
        .contains("Sign-off")
        .contains("\"taskWbs\":\"1.2\"");
    assertThat(withoutIds(read(fetch("/api/v1/projects/" + id + "/resource-requests", pmo))))
        .contains("No one free in April")
        .contains("APPROVED");
    for (String page : List.of("/plan", "/raci")) {
      assertThat(
              mvc.perform(get("/projects/" + id + page).with(signedInAs(pmo)))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .as(page)
          .contains("Unload");
    }
    // The copy's sections are the original's, but for the ids of the records they hold.
    Map<String, byte[]> again = BundleFiles.entries(bundleOf(id, pmo));
    for (String section :
        List.of("planning.json", "resources.json", "learning.json", "timesheets.json")) {
      assertThat(withoutOriginalIds(json.readTree(again.get(section))))
          .as(section)
          .isEqualTo(withoutOriginalIds(json.readTree(BundleFiles.entries(bundle).get(section))));
    }
    assertThat(json.readTree(again.get("planning.json")).path("tasks")).hasSize(4);
    assertThat(json.readTree(again.get("resources.json")).path("requests")).hasSize(2);
    assertThat(json.readTree(again.get("learning.json")).path("coachings")).hasSize(1);
    // The project's share of the member's approved week: its three lines, kept by the copy.
    JsonNode hours = json.readTree(again.get("timesheets.json")).path("hours");
    assertThat(hours).hasSize(3);
    assertThat(hours.get(0).path("person").path("username").asString())
        .isEqualTo(member.username());
    assertThat(hours.get(0).path("week_start").asString()).isEqualTo("2026-03-02");
    assertThat(hours.get(0).path("status").asString()).isEqualTo("APPROVED");
    assertThat(hours.get(0).path("approved_by").asString()).isNotEmpty();
    assertThat(hours.get(0).path("approved_at").asString()).isNotEmpty();
    assertThat(hours.get(0).path("hours").get(0).asString()).isEqualTo("8.00");
    assertThat(hours.get(0).path("request").path("original_id").asLong()).isPositive();
    assertThat(hours.get(1).path("task").asString()).isEqualTo("1.1");
    assertThat(hours.get(1).path("total").asString()).isEqualTo("2.50");
    assertThat(hours.get(2).path("activity").asString()).isEqualTo("Port visit");
    // Each task and request carries its change log from the exporting Cairn.
    Map<String, byte[]> first = BundleFiles.entries(bundle);
    JsonNode task = json.readTree(first.get("planning.json")).path("tasks").get(1);
    assertThat(task.path("history")).isNotEmpty();
    assertThat(task.path("history").get(0).path("changed_at").asString()).isNotEmpty();
    JsonNode request = json.readTree(first.get("resources.json")).path("requests").get(0);
    assertThat(request.path("history").size()).isGreaterThan(1);
    // The history came along, and says where the project came from.
    String history = historyOf(id);
    assertThat(history).contains("Registered as").contains("Imported from bundle");
    // The bytes came along too: the copy's first charter version is the original's.
    assertThat(content(id, "Charter", 1)).isEqualTo(content(closed.id(), "Charter", 1));
    // And it is closed: its bundle exports again.
    assertThat(BundleFiles.entries(bundleOf(id, pmo))).containsKey("manifest.json");
  }

  @Test
  void people_this_cairn_does_not_know_are_kept_by_name() throws Exception {
    byte[] foreign =
        BundleFiles.rewritten(
            bundle,
            "projects",
            text ->
                text.replace('"' + manager.username() + '"', "\"ghost-manager\"")
                    .replace('"' + member.username() + '"', "\"ghost-member\""),
            json);
    JsonNode imported =
        read(
            mvc.perform(importOf(foreign, "GHO-" + unique()).with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(imported.path("unknownPeople").has("ghost-manager")).isTrue();
    long id = imported.path("projectId").asLong();
    ProjectView copy = projects.requireVisible(id, current(pmo));
    assertThat(copy.managerId()).isNull();
    assertThat(copy.members())
        .extracting(ProjectView.MemberView::userId)
        .doesNotContain(member.id());
    assertThat(historyOf(id)).contains("ghost-manager").contains("ghost-member");
  }

  @Test
  void a_bundle_of_layout_1_imports_without_hours_and_a_day_of_more_than_24_hours_is_refused()
      throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    entries.remove("timesheets.json");
    tools.jackson.databind.node.ObjectNode manifest =
        (tools.jackson.databind.node.ObjectNode) json.readTree(entries.get("manifest.json"));
    manifest.put("bundle_schema_version", 1);
    var sections = (tools.jackson.databind.node.ArrayNode) manifest.path("sections");
    for (int i = sections.size() - 1; i >= 0; i--) {
      if (sections.get(i).path("name").asString().equals("timesheets")) {
        sections.remove(i);
      }
    }
    entries.put("manifest.json", json.writeValueAsBytes(manifest));
    long id =
        read(mvc.perform(importOf(BundleFiles.zip(entries), "OLD-" + unique()).with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn())
            .path("projectId")
            .asLong();
    assertThat(
            json.readTree(BundleFiles.entries(bundleOf(id, pmo)).get("timesheets.json"))
                .path("hours"))
        .isEmpty();
    refused(
        BundleFiles.rewritten(
            bundle, "timesheets", text -> text.replace("\"8.00\"", "\"25.00\""), json),
        "from 0 to 24, not 25.00");
  }

  @Test
  void a_code_in_use_is_refused_and_nothing_is_written() throws Exception {
    mvc.perform(importOf(bundle, null).with(as(pmo)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(closed.code())));
  }

  @Test
  void a_changed_file_is_refused_by_its_checksum_and_nothing_is_imported() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    String document =
        entries.keySet().stream().filter(n -> n.startsWith("documents/")).findFirst().orElseThrow();
    byte[] changed = entries.get(document).clone();
    changed[changed.length / 2] ^= 1;
    entries.put(document, changed);
    refused(BundleFiles.zip(entries), "checksum");
  }

  @Test
  void a_changed_section_is_refused_even_if_it_is_valid_json() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    entries.put(
        "projects.json",
        new String(entries.get("projects.json"), StandardCharsets.UTF_8)
            .replace("\"CLOSED\"", "\"ACTIVE\"")
            .getBytes(StandardCharsets.UTF_8));
    refused(BundleFiles.zip(entries), "checksum");
  }

  @Test
  void a_bundle_without_manifest_is_refused() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    entries.remove("manifest.json");
    refused(BundleFiles.zip(entries), "no manifest.json");
  }

  @Test
  void a_file_that_is_not_a_zip_is_refused() throws Exception {
    refused(pdf("nozip"), "not a ZIP");
  }

  @Test
  void an_entry_the_manifest_does_not_name_is_refused() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    entries.put("extra/run.sh", "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII));
    refused(BundleFiles.zip(entries), "does not name");
  }

  @Test
  void a_section_in_a_newer_schema_is_refused() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    entries.put(
        "manifest.json",
        new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
            .replace("\"schema_version\" : 1", "\"schema_version\" : 9")
            .getBytes(StandardCharsets.UTF_8));
    refused(BundleFiles.zip(entries), "schema version 9");
  }

  @Test
  void a_project_that_is_not_closed_has_no_bundle() throws Exception {
    ProjectView open = project(manager, false);
    mvc.perform(get("/api/v1/projects/" + open.id() + "/bundle").with(as(pmo)))
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("close the project first")));
  }

  @Test
  void a_stored_bundle_is_listed_with_its_checksum_and_downloads_as_it_was_stored()
      throws Exception {
    JsonNode stored =
        read(
            mvc.perform(
                    post("/api/v1/archive/stored-bundles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("projectId", closed.id())))
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn());
    byte[] again =
        mvc.perform(
                get("/api/v1/archive/stored-bundles/" + stored.path("id").asLong() + "/content")
                    .with(as(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(BundleFiles.sha256(again)).isEqualTo(stored.path("sha256").asString());
    assertThat(again.length).isEqualTo(stored.path("sizeBytes").asInt());
    assertThat(BundleFiles.entries(again)).containsKey("manifest.json");
  }

  /**
   * Puts the project on a lifecycle of its own and passes its first gate with a condition, so that
   * the bundle carries a placement, gates, a decided review and a condition.
   */
  private void governed(ProjectView project, CurrentUser office) {
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Bundle lifecycle " + unique(),
                "Two phases",
                List.of(
                    new PhaseData(
                        "Initiation",
                        "Shape the idea",
                        "Approval",
                        List.of("Business case approved"),
                        List.of("Business case"),
                        List.of(member.id()),
                        Set.of()),
                    new PhaseData(
                        "Delivery",
                        null,
                        "Acceptance",
                        List.of("Acceptance tests passed"),
                        List.of(),
                        List.of(),
                        Set.of(Role.EXECUTIVE))),
                null),
            office);
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Tier " + unique(),
                null,
                MatchMode.ANY,
                new BigDecimal("1000000"),
                null,
                null,
                lifecycle.id(),
                null),
            office);
    ProjectGovernanceView placed =
        gates.place(new PlacementData(project.id(), RiskLevel.MEDIUM, tier.id(), null), office);
    gates.requestReview(
        project.id(),
        placed.currentGateId(),
        new ReviewRequestData("Ready for the board", null, null),
        current(manager));
    gates.decide(
        project.id(),
        placed.currentGateId(),
        new DecisionData(
            GateDecision.GO_WITH_CONDITIONS,
            "The business case holds",
            List.of(
                new DecisionData.Condition(
                    "Name the sponsor", manager.id(), LocalDate.now().plusMonths(1))),
            null),
        office);
  }

  /** Changes a record through the API: its fields as created, with {@code changes} on top. */
  private void revised(
      String path, Map<String, ?> created, Map<String, ?> changes, long version, UserSummary by)
      throws Exception {
    Map<String, Object> body = new java.util.HashMap<>(created);
    body.putAll(changes);
    body.put("version", version);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body))
                .with(as(by)))
        .andExpect(status().isOk());
  }

  @Test
  void an_imported_record_keeps_its_change_log_with_its_authors_and_times() throws Exception {
    Map<String, byte[]> entries = BundleFiles.entries(bundle);
    JsonNode control = json.readTree(entries.get("control.json"));
    JsonNode risk = control.path("risks").get(0);
    assertThat(risk.path("history").size()).as("risk history").isGreaterThan(1);
    assertThat(risk.path("history").toString()).contains("probability").contains(member.username());
    JsonNode handover = null;
    for (JsonNode m : control.path("milestones")) {
      if (m.path("name").asString().equals("Handover")) {
        handover = m;
      }
    }
    assertThat(handover.path("history").toString())
        .contains("forecastDate")
        .contains(manager.username());
    JsonNode lesson = json.readTree(entries.get("practices.json")).path("lessons").get(0);
    assertThat(lesson.path("history").toString()).contains("impact").contains(pmo.username());
    for (String section : List.of("governance.json", "budgets.json", "archive.json")) {
      assertThat(new String(entries.get(section), StandardCharsets.UTF_8))
          .as(section)
          .contains("\"history\"");
    }
    JsonNode imported =
        read(
            mvc.perform(importOf(bundle, "HIS-" + unique()).with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn());
    long id = imported.path("projectId").asLong();
    long originalRisk = risk.path("original_id").asLong();
    long copiedRisk = onlyId(read(fetch("/api/v1/projects/" + id + "/raid/risks", pmo)), null);
    assertRestored("risk", originalRisk, copiedRisk);
    long originalMilestone = handover.path("original_id").asLong();
    long copiedMilestone =
        onlyId(read(fetch("/api/v1/projects/" + id + "/milestones", pmo)), "Handover");
    assertRestored("milestone", originalMilestone, copiedMilestone);
    JsonNode charter = null;
    for (JsonNode d : json.readTree(entries.get("archive.json")).path("documents")) {
      if (d.path("title").asString().equals("Charter")) {
        charter = d;
      }
    }
    assertThat(charter.path("history").toString()).contains("deliverableName");
    long copiedCharter = 0;
    for (JsonNode d : read(fetch(documents(id) + "?size=50", pmo)).path("content")) {
      if (d.path("title").asString().equals("Charter")) {
        copiedCharter = d.path("id").asLong();
      }
    }
    assertRestored("document", charter.path("original_id").asLong(), copiedCharter);
  }

  @Test
  void a_history_entry_without_a_valid_time_refuses_the_bundle() throws Exception {
    byte[] bad =
        BundleFiles.rewritten(
            bundle,
            "control",
            text ->
                text.replaceFirst(
                    "\"changed_at\"\\s*:\\s*\"[^\"]*\"", "\"changed_at\" : \"yesterday\""),
            json);
    refused(bad, "is not valid");
  }

  /** The id of the only record of a list (or of the one with {@code name}). */
  private static long onlyId(JsonNode list, String name) {
    JsonNode items = list.has("content") ? list.path("content") : list;
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : items) {
      if (name == null || name.equals(item.path("name").asString())) {
        ids.add(item.path("id").asLong());
      }
    }
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  /**
   * The copy's history is the original's, entry for entry with the same authors, times and changes,
   * and then one more: its creation by the import, in the name of who imported.
   */
  private void assertRestored(String kind, long original, long copy) throws Exception {
    JsonNode was = read(fetch("/api/v1/history?kind=" + kind + "&id=" + original, pmo));
    JsonNode is = read(fetch("/api/v1/history?kind=" + kind + "&id=" + copy, pmo));
    List<String> before = entries(was.path("content"));
    List<String> after = entries(is.path("content"));
    assertThat(before).as(kind).hasSizeGreaterThan(1);
    assertThat(after).as(kind).hasSize(before.size() + 1);
    assertThat(after.subList(1, after.size())).as(kind).isEqualTo(before);
    JsonNode newest = is.path("content").get(0);
    assertThat(newest.path("action").asString()).isEqualTo("created");
    assertThat(newest.path("changedBy").asString()).isEqualTo(pmo.username());
  }

  private static List<String> entries(JsonNode sets) {
    List<String> out = new ArrayList<>();
    for (JsonNode set : sets) {
      out.add(
          set.path("changedAt").asString()
              + "|"
              + set.path("changedBy").asString()
              + "|"
              + set.path("action").asString()
              + "|"
              + set.path("changes"));
    }
    return out;
  }

  /** The JSON without ids, versions and the project's code and name: what a copy shares. */
  private static String withoutIds(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy.toString();
  }

  private static void strip(JsonNode node) {
    if (node instanceof tools.jackson.databind.node.ObjectNode object) {
      List<String> drop = new ArrayList<>();
      for (String name : object.propertyNames()) {
        if (name.equals("id")
            || name.endsWith("Id")
            || name.equals("version")
            || name.startsWith("project")
            || name.equals("links")) {
          drop.add(name);
        }
      }
      drop.forEach(object::remove);
    }
    node.forEach(BundleRoundTripTest::strip);
  }

  /** The section without the ids of the exporting Cairn and the records' change logs. */
  private static String withoutOriginalIds(JsonNode node) {
    JsonNode copy = node.deepCopy();
    dropOriginalIds(copy);
    return copy.toString();
  }

  private static void dropOriginalIds(JsonNode node) {
    if (node instanceof tools.jackson.databind.node.ObjectNode object) {
      object.remove("original_id");
      object.remove("history");
    }
    node.forEach(BundleRoundTripTest::dropOriginalIds);
  }

  private void refused(byte[] zip, String reason) throws Exception {
    String code = "BAD-" + unique();
    mvc.perform(importOf(zip, code).with(as(pmo)))
        .andExpect(status().is4xxClientError())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains(reason));
    assertThat(projects.codeTaken(code)).as("nothing imported").isFalse();
  }

  /**
   * The project's documents and their versions, as the API shows them, without ids and dates of
   * this copy.
   */
  private List<String> documentsWithoutIds(long projectId) throws Exception {
    JsonNode list = read(fetch(documents(projectId) + "?size=50", pmo));
    List<String> out = new ArrayList<>();
    for (JsonNode d : list.path("content")) {
      JsonNode full = read(fetch(documents(projectId) + "/" + d.path("id").asLong(), pmo));
      StringBuilder line =
          new StringBuilder()
              .append(full.path("title").asString())
              .append('|')
              .append(full.path("status").asString())
              .append('|')
              .append(full.path("latestVersion").asInt())
              .append('|')
              .append(full.path("createdBy").asString())
              .append('|')
              .append(full.path("createdAt").asString());
      for (JsonNode v : full.path("versions")) {
        line.append('|')
            .append(v.path("number").asInt())
            .append(':')
            .append(v.path("fileName").asString())
            .append(':')
            .append(v.path("sha256").asString())
            .append(':')
            .append(v.path("uploadedBy").asString())
            .append(':')
            .append(v.path("uploadedAt").asString());
      }
      out.add(line.toString());
    }
    out.sort(null);
    return out;
  }

  private List<String> lessonsWithoutIds(long projectId) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode l :
        read(fetch("/api/v1/projects/" + projectId + "/lessons", pmo)).path("content")) {
      out.add(
          l.path("title").asString()
              + "|"
              + l.path("whatHappened").asString()
              + "|"
              + l.path("category").asString()
              + "|"
              + l.path("tags")
              + "|"
              + l.path("status").asString()
              + "|"
              + l.path("createdBy").asString());
    }
    return out;
  }

  private List<String> milestonesWithoutIds(long projectId) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode m : read(fetch("/api/v1/projects/" + projectId + "/milestones", pmo))) {
      out.add(
          m.path("name").asString()
              + "|"
              + m.path("baselineDate").asString()
              + "|"
              + m.path("forecastDate").asString()
              + "|"
              + m.path("completedDate").asString());
    }
    return out;
  }

  private byte[] content(long projectId, String title, int number) throws Exception {
    JsonNode list = read(fetch(documents(projectId) + "?size=50", pmo));
    long id = 0;
    for (JsonNode d : list.path("content")) {
      if (d.path("title").asString().equals(title)) {
        id = d.path("id").asLong();
      }
    }
    return mvc.perform(
            get(documents(projectId) + "/" + id + "/versions/" + number + "/content").with(as(pmo)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private String historyOf(long projectId) throws Exception {
    return fetch("/api/v1/projects/" + projectId + "/history", pmo)
        .getResponse()
        .getContentAsString();
  }
}
