package org.cairnpmo.integration.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.BudgetThresholdCrossed;
import org.cairnpmo.control.StatusReportSubmitted;
import org.cairnpmo.governance.GateDecided;
import org.cairnpmo.governance.ProjectKilledAtGate;
import org.cairnpmo.planning.PlanScheduled;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.practices.LessonRecorded;
import org.cairnpmo.practices.MethodPublished;
import org.cairnpmo.projects.ProjectRegistered;
import org.cairnpmo.projects.ProjectStatusChanged;
import org.cairnpmo.resources.TimesheetApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the other modules' events and hands each to the outbox as a webhook event with its {@code
 * data}: the event's ids and public fields, named as in docs/webhooks.md. What an event carries
 * beyond that stays out: a proposal's business case (problem, cost lines, risks, demand), the
 * reason text of a KILL, a person's name and labour cost on a timesheet.
 *
 * <p>Each listener runs after the publishing transaction commits, in a transaction of its own; the
 * event publication registry keeps the event until it has run, and delivers it again later (on any
 * node, {@code platform/OutstandingEvents}) if the node stopped first.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookEvents {

  private final WebhookOutbox outbox;
  private final Clock clock;

  @ApplicationModuleListener
  void on(ProjectRegistered event) {
    send(
        WebhookEventType.PROJECT_REGISTERED,
        data("projectId", event.projectId(), "code", event.code(), "status", text(event.status())));
  }

  @ApplicationModuleListener
  void on(ProjectStatusChanged event) {
    send(
        WebhookEventType.PROJECT_STATUS_CHANGED,
        data(
            "projectId",
            event.projectId(),
            "code",
            event.code(),
            "from",
            text(event.from()),
            "to",
            text(event.to())));
  }

  @ApplicationModuleListener
  void on(StatusReportSubmitted event) {
    send(
        WebhookEventType.REPORT_SUBMITTED,
        data(
            "projectId",
            event.projectId(),
            "reportId",
            event.reportId(),
            "periodStart",
            text(event.periodStart()),
            "periodEnd",
            text(event.periodEnd()),
            "submittedBy",
            event.submittedBy(),
            "submittedAt",
            text(event.submittedAt())));
  }

  @ApplicationModuleListener
  void on(GateDecided event) {
    send(
        WebhookEventType.GATE_DECIDED,
        event.decidedAt(),
        data(
            "projectId",
            event.projectId(),
            "gateId",
            event.gateId(),
            "reviewId",
            event.reviewId(),
            "phaseName",
            event.phaseName(),
            "gateName",
            event.gateName(),
            "decision",
            text(event.decision()),
            "decidedBy",
            event.decidedBy(),
            "decidedAt",
            text(event.decidedAt())));
  }

  @ApplicationModuleListener
  void on(ProjectKilledAtGate event) {
    send(
        WebhookEventType.PROJECT_KILLED_AT_GATE,
        event.decidedAt(),
        data(
            "projectId",
            event.projectId(),
            "gateId",
            event.gateId(),
            "reviewId",
            event.reviewId(),
            "gateName",
            event.gateName(),
            "decidedBy",
            event.decidedBy(),
            "decidedAt",
            text(event.decidedAt())));
  }

  @ApplicationModuleListener
  void on(ProposalApproved event) {
    send(
        WebhookEventType.PROPOSAL_APPROVED,
        data(
            "proposalId", event.proposalId(),
            "code", event.code(),
            "title", event.title(),
            "sponsorId", event.sponsorId(),
            "departmentId", event.departmentId(),
            "managerId", event.managerId(),
            "plannedStart", text(event.plannedStart()),
            "plannedFinish", text(event.plannedFinish()),
            "budget", event.budget(),
            "currency", event.currency(),
            "templateId", event.templateId()));
  }

  @ApplicationModuleListener
  void on(BudgetThresholdCrossed event) {
    send(
        WebhookEventType.BUDGET_THRESHOLD_CROSSED,
        data(
            "projectId",
            event.projectId(),
            "percent",
            event.percent(),
            "actual",
            event.actual(),
            "budget",
            event.budget(),
            "currency",
            event.currency()));
  }

  @ApplicationModuleListener
  void on(PlanScheduled event) {
    send(
        WebhookEventType.PLAN_SCHEDULED,
        data(
            "projectId",
            event.projectId(),
            "planId",
            event.planId(),
            "finish",
            text(event.finish()),
            "version",
            event.version()));
  }

  @ApplicationModuleListener
  void on(TimesheetApproved event) {
    send(
        WebhookEventType.TIMESHEET_APPROVED,
        data(
            "projectId",
            event.projectId(),
            "personId",
            event.personId(),
            "month",
            event.month(),
            "weekStart",
            text(event.weekStart()),
            "hours",
            event.hours()));
  }

  @ApplicationModuleListener
  void on(LessonRecorded event) {
    send(
        WebhookEventType.LESSON_RECORDED,
        data(
            "lessonId",
            event.lessonId(),
            "projectId",
            event.projectId(),
            "category",
            text(event.category())));
  }

  @ApplicationModuleListener
  void on(MethodPublished event) {
    send(
        WebhookEventType.METHOD_PUBLISHED,
        data(
            "methodId",
            event.methodId(),
            "name",
            event.name(),
            "revision",
            event.revision(),
            "previousId",
            event.previousId(),
            "tierIds",
            event.tierIds()));
  }

  private void send(WebhookEventType type, Map<String, Object> data) {
    send(type, clock.instant(), data);
  }

  private void send(WebhookEventType type, Instant occurredAt, Map<String, Object> data) {
    outbox.enqueue(type, occurredAt == null ? clock.instant() : occurredAt, data);
  }

  /** Names and values in turn; a null value is written as JSON null. */
  private static Map<String, Object> data(Object... pairs) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      data.put((String) pairs[i], pairs[i + 1]);
    }
    return data;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
