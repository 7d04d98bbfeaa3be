package org.cairnpmo.practices.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cairnpmo.archive.DeliverableDocument;
import org.cairnpmo.control.ControlApi.ReportDeadline;
import org.cairnpmo.governance.GovernanceApi.GateFact;
import org.cairnpmo.governance.GovernanceApi.GateReviewFact;
import org.cairnpmo.governance.GovernanceApi.Item;
import org.cairnpmo.governance.GovernanceApi.ProjectGates;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.compliance.ComplianceMarks.Mark;
import org.cairnpmo.practices.compliance.ProjectCompliance.RuleResult;
import org.cairnpmo.practices.domain.MethodData.DeliverableData;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;

/** The compliance rules on a project in its second phase, with reasons worked out by hand. */
class ComplianceRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private static ProjectView project(ProjectStatus status) {
    return new ProjectView(
        7,
        "P-7",
        "Payroll",
        null,
        3L,
        "Finance",
        null,
        null,
        11L,
        "Pat",
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        status,
        java.util.Set.of(),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        null,
        null,
        false,
        List.of(),
        0,
        Instant.EPOCH,
        "pmo",
        Instant.EPOCH,
        "pmo",
        true,
        status.isFinal() ? TODAY : null,
        null);
  }

  private static final MethodView METHOD =
      new MethodView(
          1,
          1,
          "Standard",
          null,
          2,
          null,
          null,
          MethodStatus.PUBLISHED,
          5,
          "Full (rev. 1)",
          List.of(),
          List.of(
              new MethodView.PhaseView(
                  0,
                  "Initiation",
                  null,
                  null,
                  List.of("Sponsor named", "Risks logged"),
                  List.of(
                      new DeliverableData("Business case", null, "Project manager", true),
                      new DeliverableData("Project charter", null, "Sponsor", true),
                      new DeliverableData("Stakeholder map", null, null, false))),
              new MethodView.PhaseView(
                  1,
                  "Planning",
                  null,
                  null,
                  List.of("Schedule baselined"),
                  List.of(new DeliverableData("Project plan", null, "Project manager", true)))),
          Instant.EPOCH,
          "pmo",
          0,
          Instant.EPOCH,
          "pmo");

  private static ProjectGates gates(String firstStatus) {
    return new ProjectGates(
        7,
        4L,
        LifecycleStatus.ACTIVE,
        List.of(
            new GateFact(
                0,
                "Initiation",
                "Business case approval",
                firstStatus,
                false,
                List.of(
                    new Item("Budget agreed", true, null), new Item("Scope agreed", false, null)),
                List.of(new Item("Project charter", true, "sharepoint/charter.pdf"))),
            new GateFact(
                1,
                "Planning",
                "Plan approval",
                "OPEN",
                true,
                List.of(new Item("Plan reviewed", false, null)),
                List.of(new Item("Baseline schedule", false, null))),
            new GateFact(2, "Closure", "Closure review", "PENDING", false, List.of(), List.of())));
  }

  private static ComplianceRules.Input input(
      ProjectStatus status,
      String firstGate,
      Map<String, Mark> marks,
      List<GateReviewFact> reviews,
      int lessons) {
    return input(status, firstGate, marks, List.of(), reviews, lessons);
  }

  private static ComplianceRules.Input input(
      ProjectStatus status,
      String firstGate,
      Map<String, Mark> marks,
      List<DeliverableDocument> documents,
      List<GateReviewFact> reviews,
      int lessons) {
    return new ComplianceRules.Input(
        project(status),
        gates(firstGate),
        METHOD,
        "Major",
        marks,
        documents,
        List.of(
            new ReportDeadline(7, LocalDate.of(2026, 5, 31), Instant.parse("2026-05-30T09:00:00Z")),
            new ReportDeadline(7, LocalDate.of(2026, 6, 15), Instant.parse("2026-06-17T09:00:00Z")),
            new ReportDeadline(7, LocalDate.of(2026, 6, 30), null),
            new ReportDeadline(7, LocalDate.of(2026, 7, 15), null)),
        reviews,
        lessons);
  }

  private static Mark mark(MarkKind kind, String phase, String item) {
    return new Mark(kind, phase, item, null, Instant.EPOCH, "pat");
  }

  private static RuleResult rule(ProjectCompliance c, String key) {
    return c.rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void each_rule_says_its_points_and_why() {
    Mark sponsor = mark(MarkKind.CHECK, "Initiation", "Sponsor named");
    ProjectCompliance c =
        ComplianceRules.evaluate(
            input(
                ProjectStatus.ACTIVE,
                "PASSED",
                Map.of(sponsor.key(), sponsor),
                List.of(
                    new GateReviewFact(
                        7,
                        "Initiation",
                        Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2026-03-05T09:00:00Z"),
                        "GO")),
                0),
            TODAY,
            ZoneOffset.UTC);

    // The charter was provided at the gate under its name; the business case is missing.
    RuleResult deliverables = rule(c, "deliverables");
    assertThat(deliverables.earned()).isEqualTo(13); // 25 × 1/2, rounded
    assertThat(deliverables.met()).isFalse();
    assertThat(deliverables.missing()).containsExactly("Business case (Initiation)");

    // Sponsor named (marked) and Budget agreed (ticked) of 4: Risks logged, Scope agreed missing.
    RuleResult checklists = rule(c, "checklists");
    assertThat(checklists.earned()).isEqualTo(8); // 15 × 2/4, rounded
    assertThat(checklists.missing())
        .containsExactly("Risks logged (Initiation)", "Scope agreed (gate Business case approval)");

    // May on time; June 15 late; June 30 missing; July not due.
    RuleResult reports = rule(c, "reports");
    assertThat(reports.earned()).isEqualTo(7); // 20 × 1/3
    assertThat(reports.why())
        .isEqualTo("1 of 3 status reports due were submitted by their due day.");
    assertThat(reports.missing())
        .containsExactly(
            "Report due 2026-06-15 submitted 2026-06-17", "Report due 2026-06-30 not submitted");

    RuleResult gates = rule(c, "gates");
    assertThat(gates.met()).isTrue();
    assertThat(gates.earned()).isEqualTo(20);

    RuleResult lessons = rule(c, "lessons");
    assertThat(lessons.met()).isTrue();
    assertThat(lessons.why()).isEqualTo("Due when the project closes.");

    assertThat(c.score()).isEqualTo(13 + 8 + 7 + 20 + 20);
    assertThat(c.phase()).isEqualTo("Planning");
    assertThat(c.nextGate()).isEqualTo("Plan approval");
  }

  @Test
  void before_its_next_gate_a_project_must_deliver_tick_and_report() {
    Mark plan = mark(MarkKind.DELIVERABLE, "Planning", "Project plan");
    ProjectCompliance c =
        ComplianceRules.evaluate(
            input(ProjectStatus.ACTIVE, "PASSED_ON_RECORD", Map.of(), List.of(), 0),
            TODAY,
            ZoneOffset.UTC);
    assertThat(c.beforeNextGate())
        .extracting(ProjectCompliance.GateStep::text)
        .containsExactly(
            "Deliver the Project plan (Project manager)",
            "Schedule baselined",
            "Gate criterion: Plan reviewed",
            "Provide at the gate: Baseline schedule",
            "Submit the status report due 2026-06-30");
    ProjectCompliance delivered =
        ComplianceRules.evaluate(
            input(ProjectStatus.ACTIVE, "PASSED_ON_RECORD", Map.of(plan.key(), plan), List.of(), 0),
            TODAY,
            ZoneOffset.UTC);
    assertThat(delivered.beforeNextGate())
        .extracting(ProjectCompliance.GateStep::text)
        .doesNotContain("Deliver the Project plan (Project manager)");
  }

  @Test
  void a_gate_passed_without_a_decision_or_a_review_left_waiting_is_not_met() {
    ProjectCompliance c =
        ComplianceRules.evaluate(
            input(
                ProjectStatus.ACTIVE,
                "PASSED",
                Map.of(),
                List.of(
                    new GateReviewFact(
                        7, "Planning", Instant.parse("2026-06-01T09:00:00Z"), null, null)),
                0),
            TODAY,
            ZoneOffset.UTC);
    RuleResult gates = rule(c, "gates");
    assertThat(gates.met()).isFalse();
    assertThat(gates.earned()).isZero();
    assertThat(gates.missing())
        .containsExactly(
            "Gate Business case approval passed without a recorded decision",
            "Review of Planning waiting for a decision since 2026-06-01");
  }

  @Test
  void a_closed_project_without_lessons_loses_their_points() {
    ProjectCompliance none =
        ComplianceRules.evaluate(
            input(ProjectStatus.CLOSED, "PASSED_ON_RECORD", Map.of(), List.of(), 0),
            TODAY,
            ZoneOffset.UTC);
    assertThat(rule(none, "lessons").earned()).isZero();
    assertThat(rule(none, "lessons").why())
        .isEqualTo("The project is closed and recorded no lesson.");
    assertThat(none.beforeNextGate()).isEmpty();
    ProjectCompliance two =
        ComplianceRules.evaluate(
            input(ProjectStatus.CLOSED, "PASSED_ON_RECORD", Map.of(), List.of(), 2),
            TODAY,
            ZoneOffset.UTC);
    assertThat(rule(two, "lessons").earned()).isEqualTo(20);
    assertThat(rule(two, "lessons").why()).isEqualTo("2 lessons recorded.");
  }

  @Test
  void without_a_method_only_what_the_project_could_have_done_counts() {
    ComplianceRules.Input in =
        new ComplianceRules.Input(
            project(ProjectStatus.ACTIVE), null, null, null, Map.of(), List.of(), List.of(), 0);
    ProjectCompliance c = ComplianceRules.evaluate(in, TODAY, ZoneOffset.UTC);
    assertThat(c.score()).isEqualTo(100);
    assertThat(rule(c, "deliverables").why())
        .isEqualTo("The project is on no lifecycle, so no method applies.");
    assertThat(c.nextGate()).isNull();
  }

  private static DeliverableDocument document(String phase, String name, boolean approved) {
    return new DeliverableDocument(
        1, 7, name, MethodDeliverables.id(phase, name), name, 2, approved);
  }

  private static RuleResult deliverables(Map<String, Mark> marks, DeliverableDocument... docs) {
    return rule(
        ComplianceRules.evaluate(
            input(ProjectStatus.ACTIVE, "PASSED_ON_RECORD", marks, List.of(docs), List.of(), 0),
            TODAY,
            ZoneOffset.UTC),
        "deliverables");
  }

  @Test
  void an_approved_document_delivers_a_deliverable_and_the_reasons_say_what_showed_each() {
    // Initiation passed; it requires the business case and the charter (provided at the gate).
    RuleResult approved = deliverables(Map.of(), document("Initiation", "Business case", true));
    assertThat(approved.earned()).isEqualTo(25);
    assertThat(approved.met()).isTrue();
    assertThat(approved.why())
        .isEqualTo(
            "2 of 2 required deliverables of the passed phases are present and approved: 1 by an"
                + " approved document, 1 provided at the gate.");

    // Filed but its latest version not approved: not delivered, and the reason says why.
    RuleResult filed = deliverables(Map.of(), document("Initiation", "Business case", false));
    assertThat(filed.earned()).isEqualTo(13); // 25 × 1/2, rounded
    assertThat(filed.why())
        .isEqualTo(
            "1 of 2 required deliverables of the passed phases are present and approved: 1"
                + " provided at the gate.");
    assertThat(filed.missing())
        .containsExactly(
            "Business case (Initiation): its document's latest version is not approved");

    // The manual mark stays a fallback.
    Mark mark = mark(MarkKind.DELIVERABLE, "Initiation", "Business case");
    RuleResult marked =
        deliverables(Map.of(mark.key(), mark), document("Initiation", "Business case", false));
    assertThat(marked.earned()).isEqualTo(25);
    assertThat(marked.why()).endsWith(": 1 marked delivered, 1 provided at the gate.");

    // A document of another phase's deliverable of that name does not count here ...
    assertThat(deliverables(Map.of(), document("Planning", "Business case", true)).missing())
        .containsExactly("Business case (Initiation)");
    // ... but one filed by the name alone, before the method's list was offered, does.
    DeliverableDocument byName =
        new DeliverableDocument(2, 7, "Case", null, "business case", 1, true);
    assertThat(deliverables(Map.of(), byName).earned()).isEqualTo(25);
  }

  @Test
  void
      before_the_gate_a_filed_deliverable_must_be_approved_and_one_not_filed_may_start_from_its_template() {
    ProjectCompliance c =
        ComplianceRules.evaluate(
            input(
                ProjectStatus.ACTIVE,
                "PASSED_ON_RECORD",
                Map.of(),
                List.of(document("Planning", "Project plan", false)),
                List.of(),
                0),
            TODAY,
            ZoneOffset.UTC);
    ProjectCompliance.GateStep plan = c.beforeNextGate().get(0);
    assertThat(plan.text()).isEqualTo("Have the Project plan approved (Project manager)");
    assertThat(plan.deliverableId()).isEqualTo(MethodDeliverables.id("Planning", "Project plan"));
    assertThat(plan.documentTemplateId()).isNull();
    ProjectCompliance approved =
        ComplianceRules.evaluate(
            input(
                ProjectStatus.ACTIVE,
                "PASSED_ON_RECORD",
                Map.of(),
                List.of(document("Planning", "Project plan", true)),
                List.of(),
                0),
            TODAY,
            ZoneOffset.UTC);
    assertThat(approved.beforeNextGate())
        .extracting(ProjectCompliance.GateStep::text)
        .doesNotContain(
            "Deliver the Project plan (Project manager)",
            "Have the Project plan approved (Project manager)");
    assertThat(MethodDeliverables.id(" planning ", "PROJECT PLAN"))
        .isEqualTo(MethodDeliverables.id("Planning", "Project plan"))
        .hasSize(24);
  }
}
