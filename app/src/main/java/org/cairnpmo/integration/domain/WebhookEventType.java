package org.cairnpmo.integration.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a webhook subscribes to, by the name its payload's {@code type} carries. The names are
 * part of the documented payload (docs/webhooks.md): never rename one, add a new one instead.
 */
public enum WebhookEventType {
  PROJECT_REGISTERED("project.registered", "A project entered the register"),
  PROJECT_STATUS_CHANGED("project.status-changed", "A project moved in its lifecycle"),
  REPORT_SUBMITTED("report.submitted", "A status report was submitted"),
  GATE_DECIDED("gate.decided", "A gate review recorded its decision"),
  PROJECT_KILLED_AT_GATE("project.killed-at-gate", "The board decided KILL at a gate"),
  PROPOSAL_APPROVED("proposal.approved", "A proposal was approved and becomes a project"),
  BUDGET_THRESHOLD_CROSSED(
      "budget.threshold-crossed", "A project's actual costs reached 80 % or 100 % of its budget"),
  PLAN_SCHEDULED("plan.scheduled", "A project's plan was scheduled again after a change"),
  TIMESHEET_APPROVED("timesheet.approved", "A timesheet's hours on a project were approved"),
  LESSON_RECORDED("lesson.recorded", "A lesson was recorded on a project"),
  METHOD_PUBLISHED("method.published", "A version of a method was published");

  /** The type of the test event the "Send test" button sends; no webhook subscribes to it. */
  public static final String PING = "ping";

  private final String key;
  private final String label;

  WebhookEventType(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The name in the payload's {@code type} and in the {@code X-Cairn-Event} header. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Optional<WebhookEventType> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
