package org.cairnpmo.practices.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.archive.DeliverableDocument;
import org.cairnpmo.control.ControlApi.ReportDeadline;
import org.cairnpmo.governance.GovernanceApi.GateFact;
import org.cairnpmo.governance.GovernanceApi.GateReviewFact;
import org.cairnpmo.governance.GovernanceApi.Item;
import org.cairnpmo.governance.GovernanceApi.ProjectGates;
import org.cairnpmo.practices.compliance.ComplianceMarks.Mark;
import org.cairnpmo.practices.compliance.ProjectCompliance.GateStep;
import org.cairnpmo.practices.compliance.ProjectCompliance.RuleResult;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.kpis.KpiFormulas;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;

/**
 * The compliance rules and their points (100 in all). A rule that does not apply yet (no phase
 * passed, no report due, a project not closed) is met with its full points, so that a project is
 * never marked down for what it could not have done yet.
 */
final class ComplianceRules {

  static final int DELIVERABLE_POINTS = 25;
  static final int CHECKLIST_POINTS = 15;
  static final int REPORT_POINTS = 20;
  static final int GATE_POINTS = 20;
  static final int LESSON_POINTS = 20;

  private ComplianceRules() {}

  /**
   * What the rules read of one project; {@code documents} are its documents in the archive that
   * name a deliverable, as the reader may see them.
   */
  record Input(
      ProjectView project,
      ProjectGates gates,
      MethodView method,
      String tier,
      Map<String, Mark> marks,
      List<DeliverableDocument> documents,
      List<ReportDeadline> reports,
      List<GateReviewFact> reviews,
      int lessons) {

    /** A project with no document naming a deliverable. */
    Input(
        ProjectView project,
        ProjectGates gates,
        MethodView method,
        String tier,
        Map<String, Mark> marks,
        List<ReportDeadline> reports,
        List<GateReviewFact> reviews,
        int lessons) {
      this(project, gates, method, tier, marks, List.of(), reports, reviews, lessons);
    }
  }

  /**
   * What shows a required deliverable is there, best first: the archive holds a document for it
   * whose latest version is approved; someone marked it delivered here; the phase's gate lists it
   * as provided. A document that is not approved yet does not count.
   */
  enum Evidence {
    APPROVED_DOCUMENT("by an approved document"),
    MARKED("marked delivered"),
    PROVIDED_AT_GATE("provided at the gate"),
    DOCUMENT_NOT_APPROVED(null),
    NONE(null);

    final String reason;

    Evidence(String reason) {
      this.reason = reason;
    }

    boolean counts() {
      return reason != null;
    }
  }

  static ProjectCompliance evaluate(Input in, LocalDate today, ZoneId zone) {
    ProjectView p = in.project();
    List<GateFact> passed =
        in.gates() == null
            ? List.of()
            : in.gates().gates().stream().filter(GateFact::passed).toList();
    Optional<GateFact> current =
        in.gates() == null || in.gates().status().name().equals("COMPLETED")
            ? Optional.empty()
            : in.gates().current();
    List<RuleResult> rules = new ArrayList<>();
    rules.add(deliverables(in, passed));
    rules.add(checklists(in, passed));
    rules.add(reports(in, today, zone));
    rules.add(gates(in, passed, today, zone));
    rules.add(lessons(in));
    int score = rules.stream().mapToInt(RuleResult::earned).sum();
    return new ProjectCompliance(
        p.id(),
        p.code(),
        p.name(),
        p.departmentId(),
        p.departmentName(),
        in.gates() == null ? null : in.gates().tierId(),
        in.tier(),
        in.method() == null
            ? null
            : in.method().name() + " (version " + in.method().revision() + ")",
        p.status(),
        current.map(GateFact::phaseName).orElse(null),
        current.map(GateFact::gateName).orElse(null),
        score,
        List.copyOf(rules),
        current.isPresent() && !p.isFinished()
            ? stepsBeforeGate(in, current.get(), today)
            : List.of());
  }

  private static Optional<MethodView.PhaseView> phase(MethodView method, String name) {
    return method == null
        ? Optional.empty()
        : method.phases().stream().filter(ph -> ph.phase().equalsIgnoreCase(name)).findFirst();
  }

  /** What shows the phase's deliverable is there (see {@link Evidence}). */
  static Evidence evidence(Input in, GateFact gate, String deliverable) {
    List<DeliverableDocument> docs = documents(in, gate.phaseName(), deliverable);
    if (docs.stream().anyMatch(DeliverableDocument::approved)) {
      return Evidence.APPROVED_DOCUMENT;
    }
    if (in.marks().containsKey(Mark.key(MarkKind.DELIVERABLE, gate.phaseName(), deliverable))) {
      return Evidence.MARKED;
    }
    if (gate.deliverables().stream()
        .anyMatch(d -> d.done() && d.label().equalsIgnoreCase(deliverable.trim()))) {
      return Evidence.PROVIDED_AT_GATE;
    }
    return docs.isEmpty() ? Evidence.NONE : Evidence.DOCUMENT_NOT_APPROVED;
  }

  static boolean delivered(Input in, GateFact gate, String deliverable) {
    return evidence(in, gate, deliverable).counts();
  }

  /**
   * The project's documents for a phase's deliverable: those naming its id; or, filed before the
   * method's list was offered, naming it by name alone.
   */
  static List<DeliverableDocument> documents(Input in, String phase, String deliverable) {
    String id = MethodDeliverables.id(phase, deliverable);
    return in.documents().stream()
        .filter(
            d ->
                id.equals(d.deliverableId())
                    || d.deliverableId() == null
                        && d.deliverableName() != null
                        && d.deliverableName().strip().equalsIgnoreCase(deliverable.strip()))
        .toList();
  }

  private static RuleResult deliverables(Input in, List<GateFact> passed) {
    String label = "Required deliverables of the passed phases present and approved";
    if (in.method() == null) {
      return full("deliverables", label, DELIVERABLE_POINTS, noMethod(in));
    }
    int due = 0;
    List<String> missing = new ArrayList<>();
    Map<Evidence, Integer> counted = new java.util.EnumMap<>(Evidence.class);
    for (GateFact gate : passed) {
      for (var d :
          phase(in.method(), gate.phaseName())
              .map(MethodView.PhaseView::deliverables)
              .orElse(List.of())) {
        if (d.required()) {
          due++;
          Evidence e = evidence(in, gate, d.name());
          if (e.counts()) {
            counted.merge(e, 1, Integer::sum);
          } else if (e == Evidence.DOCUMENT_NOT_APPROVED) {
            missing.add(
                d.name()
                    + " ("
                    + gate.phaseName()
                    + "): its document's latest version is not"
                    + " approved");
          } else {
            missing.add(d.name() + " (" + gate.phaseName() + ")");
          }
        }
      }
    }
    if (due == 0) {
      return full(
          "deliverables",
          label,
          DELIVERABLE_POINTS,
          "No required deliverable is due yet: no phase with one has been passed.");
    }
    int ok = due - missing.size();
    List<String> how = new ArrayList<>();
    counted.forEach((e, n) -> how.add(n + " " + e.reason));
    return proportional(
        "deliverables",
        label,
        DELIVERABLE_POINTS,
        ok,
        due,
        ok
            + " of "
            + due
            + " required deliverables of the passed phases are present and approved"
            + (how.isEmpty() ? "." : ": " + String.join(", ", how) + "."),
        missing);
  }

  private static RuleResult checklists(Input in, List<GateFact> passed) {
    String label = "Checklist items of the passed phases done";
    int due = 0;
    List<String> missing = new ArrayList<>();
    for (GateFact gate : passed) {
      for (String check :
          phase(in.method(), gate.phaseName())
              .map(MethodView.PhaseView::checklist)
              .orElse(List.of())) {
        due++;
        if (!in.marks().containsKey(Mark.key(MarkKind.CHECK, gate.phaseName(), check))) {
          missing.add(check + " (" + gate.phaseName() + ")");
        }
      }
      for (Item criterion : gate.criteria()) {
        due++;
        if (!criterion.done()) {
          missing.add(criterion.label() + " (gate " + gate.gateName() + ")");
        }
      }
    }
    if (due == 0) {
      return full(
          "checklists",
          label,
          CHECKLIST_POINTS,
          "No checklist item is due yet: no phase with one has been passed.");
    }
    int ok = due - missing.size();
    return proportional(
        "checklists",
        label,
        CHECKLIST_POINTS,
        ok,
        due,
        ok + " of " + due + " items of the method's checklists and the gates' criteria are done.",
        missing);
  }

  private static RuleResult reports(Input in, LocalDate today, ZoneId zone) {
    String label = "Status reports on time";
    int due = 0;
    List<String> missing = new ArrayList<>();
    for (ReportDeadline r : in.reports()) {
      if (r.dueDate().isAfter(today)) {
        continue;
      }
      due++;
      if (r.submittedAt() == null) {
        missing.add("Report due " + r.dueDate() + " not submitted");
      } else if (LocalDate.ofInstant(r.submittedAt(), zone).isAfter(r.dueDate())) {
        missing.add(
            "Report due "
                + r.dueDate()
                + " submitted "
                + LocalDate.ofInstant(r.submittedAt(), zone));
      }
    }
    if (due == 0) {
      return full("reports", label, REPORT_POINTS, "No status report is due yet.");
    }
    int ok = due - missing.size();
    return proportional(
        "reports",
        label,
        REPORT_POINTS,
        ok,
        due,
        ok + " of " + due + " status reports due were submitted by their due day.",
        missing);
  }

  private static RuleResult gates(Input in, List<GateFact> passed, LocalDate today, ZoneId zone) {
    String label = "Gates passed with recorded decisions";
    int due = 0;
    List<String> missing = new ArrayList<>();
    for (GateFact gate : passed) {
      due++;
      boolean decided =
          gate.status().equals("PASSED_ON_RECORD")
              || in.reviews().stream()
                  .anyMatch(
                      r ->
                          r.phaseName().equals(gate.phaseName())
                              && r.decidedAt() != null
                              && r.decision() != null
                              && r.decision().startsWith("GO"));
      if (!decided) {
        missing.add("Gate " + gate.gateName() + " passed without a recorded decision");
      }
    }
    for (GateReviewFact r : in.reviews()) {
      if (r.decidedAt() == null
          && ChronoUnit.DAYS.between(LocalDate.ofInstant(r.requestedAt(), zone), today)
              > KpiFormulas.GATE_DECISION_DAYS) {
        due++;
        missing.add(
            "Review of "
                + r.phaseName()
                + " waiting for a decision since "
                + LocalDate.ofInstant(r.requestedAt(), zone));
      }
    }
    if (due == 0) {
      return full("gates", label, GATE_POINTS, "No gate has been passed yet.");
    }
    int ok = due - missing.size();
    return proportional(
        "gates",
        label,
        GATE_POINTS,
        ok,
        due,
        ok
            + " of "
            + due
            + " gates passed (and reviews waiting over "
            + KpiFormulas.GATE_DECISION_DAYS
            + " days) have a recorded decision.",
        missing);
  }

  private static RuleResult lessons(Input in) {
    String label = "Lessons recorded at closure";
    if (in.project().status() != ProjectStatus.CLOSED) {
      return full("lessons", label, LESSON_POINTS, "Due when the project closes.");
    }
    if (in.lessons() > 0) {
      return full(
          "lessons",
          label,
          LESSON_POINTS,
          in.lessons() + (in.lessons() == 1 ? " lesson" : " lessons") + " recorded.");
    }
    return new RuleResult(
        "lessons",
        label,
        LESSON_POINTS,
        0,
        false,
        "The project is closed and recorded no lesson.",
        List.of("Record its lessons learned"));
  }

  /** What the current phase still needs before its gate. */
  private static List<GateStep> stepsBeforeGate(Input in, GateFact gate, LocalDate today) {
    List<GateStep> steps = new ArrayList<>();
    Optional<MethodView.PhaseView> phase = phase(in.method(), gate.phaseName());
    phase.ifPresent(
        ph -> {
          for (var d : ph.deliverables()) {
            Evidence e = d.required() ? evidence(in, gate, d.name()) : Evidence.APPROVED_DOCUMENT;
            if (!e.counts()) {
              String owner = d.ownerRole() == null ? "" : " (" + d.ownerRole() + ")";
              boolean filed = e == Evidence.DOCUMENT_NOT_APPROVED;
              steps.add(
                  new GateStep(
                      (filed ? "Have the " + d.name() + " approved" : "Deliver the " + d.name())
                          + owner,
                      MarkKind.DELIVERABLE,
                      gate.phaseName(),
                      d.name(),
                      MethodDeliverables.id(gate.phaseName(), d.name()),
                      // A document to start from the library, unless one is already filed.
                      filed ? null : d.templateId()));
            }
          }
          for (String check : ph.checklist()) {
            if (!in.marks().containsKey(Mark.key(MarkKind.CHECK, gate.phaseName(), check))) {
              steps.add(GateStep.of(check, MarkKind.CHECK, gate.phaseName(), check));
            }
          }
        });
    gate.criteria().stream()
        .filter(c -> !c.done())
        .forEach(c -> steps.add(GateStep.of("Gate criterion: " + c.label(), null, null, null)));
    gate.deliverables().stream()
        .filter(d -> !d.done())
        .filter(
            d ->
                phase.isEmpty()
                    || phase.get().deliverables().stream()
                        .noneMatch(m -> m.name().equalsIgnoreCase(d.label())))
        .forEach(
            d -> steps.add(GateStep.of("Provide at the gate: " + d.label(), null, null, null)));
    in.reports().stream()
        .filter(r -> r.submittedAt() == null && !r.dueDate().isAfter(today))
        .forEach(
            r ->
                steps.add(
                    GateStep.of("Submit the status report due " + r.dueDate(), null, null, null)));
    return List.copyOf(steps);
  }

  private static String noMethod(Input in) {
    return in.gates() == null
        ? "The project is on no lifecycle, so no method applies."
        : "Its tier follows no published method.";
  }

  private static RuleResult full(String key, String label, int points, String why) {
    return new RuleResult(key, label, points, points, true, why, List.of());
  }

  private static RuleResult proportional(
      String key, String label, int points, int ok, int due, String why, List<String> missing) {
    int earned = (int) Math.round((double) points * ok / due);
    return new RuleResult(key, label, points, earned, ok == due, why, List.copyOf(missing));
  }
}
