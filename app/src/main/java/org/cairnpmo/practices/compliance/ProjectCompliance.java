package org.cairnpmo.practices.compliance;

import java.util.List;
import org.cairnpmo.projects.ProjectStatus;

/**
 * A project's process compliance: its score out of 100, each rule with its points and why it is met
 * or not, and what the project must still do before its next gate.
 *
 * @param method the method its tier follows, or null
 * @param nextGate the gate at the end of the current phase, or null (no lifecycle, or completed)
 */
public record ProjectCompliance(
    long projectId,
    String code,
    String name,
    Long departmentId,
    String department,
    Long tierId,
    String tier,
    String method,
    ProjectStatus status,
    String phase,
    String nextGate,
    int score,
    List<RuleResult> rules,
    List<GateStep> beforeNextGate) {

  /** One rule: its points, those earned, whether it is met, and why. */
  public record RuleResult(
      String key,
      String label,
      int points,
      int earned,
      boolean met,
      String why,
      List<String> missing) {}

  /**
   * Something to do before the next gate. {@code kind} and {@code item} are set where the project
   * marks it done in practices (a deliverable of the method, a checklist item); otherwise it is
   * done where it lives (the gate's criteria and deliverables, the status reports). A deliverable
   * carries its id in the archive's terms, and the library template to start its document from when
   * its method names one and no document is filed yet.
   */
  public record GateStep(
      String text,
      MarkKind kind,
      String phase,
      String item,
      String deliverableId,
      Long documentTemplateId) {

    static GateStep of(String text, MarkKind kind, String phase, String item) {
      return new GateStep(text, kind, phase, item, null, null);
    }
  }

  public long unmet() {
    return rules.stream().filter(r -> !r.met()).count();
  }
}
