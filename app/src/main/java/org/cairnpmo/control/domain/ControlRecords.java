package org.cairnpmo.control.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control's section of a project's archive bundle: its milestones with baseline, forecast and
 * completion, who planned them and when (schema 1), and its status reports with their ratings,
 * texts and workflow (schema 2), and its RAID log ({@link RaidRecords}, schema 3). A bundle of an
 * earlier schema lacks what came later and imports as before.
 */
@Component
class ControlRecords implements ProjectRecordsSection {

  private final MilestoneRepository milestones;
  private final StatusReportRepository reports;
  private final RaidRecords raid;
  private final RecordHistory history;

  ControlRecords(
      MilestoneRepository milestones,
      StatusReportRepository reports,
      RaidRecords raid,
      RecordHistory history) {
    this.history = history;
    this.milestones = milestones;
    this.reports = reports;
    this.raid = raid;
  }

  @Override
  public String name() {
    return "control";
  }

  @Override
  public int schemaVersion() {
    return 3;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    ArrayNode list = section.putArray("milestones");
    for (Milestone m : milestones.findByProjectIdOrderByForecastDateAscIdAsc(projectId)) {
      var v = m.view();
      ObjectNode node = list.addObject();
      node.put("original_id", m.getId())
          .put("name", v.name())
          .put("baseline_date", day(v.baselineDate()))
          .put("forecast_date", day(v.forecastDate()))
          .put("completed_date", day(v.completedDate()))
          .put("created_at", RecordsJson.instant(m.getCreatedAt()))
          .put("created_by", m.getCreatedBy());
      RecordsJson.history(node, history, "milestone", m.getId());
    }
    return list.size() + writeReports(projectId, section) + raid.write(projectId, section);
  }

  private int writeReports(long projectId, ObjectNode section) {
    ArrayNode list = section.putArray("status_reports");
    for (StatusReport r : reports.findByProjectIdOrderByPeriodStartAsc(projectId)) {
      ObjectNode report =
          list.addObject()
              .put("original_id", r.getId())
              .put("period_start", day(r.getPeriodStart()))
              .put("period_end", day(r.getPeriodEnd()))
              .put("due_date", day(r.getDueDate()))
              .put("status", r.getStatus().name());
      ObjectNode ratings = report.putObject("ratings");
      for (RatingDimension dimension : RatingDimension.values()) {
        DimensionRating rating = r.rating(dimension);
        ratings
            .putObject(dimension.name().toLowerCase(java.util.Locale.ROOT))
            .put("rating", rating.rating() == null ? null : rating.rating().name())
            .put("suggested", rating.suggested() == null ? null : rating.suggested().name())
            .put("reason", rating.reason());
      }
      report
          .put("summary", r.getSummary())
          .put("accomplishments", r.getAccomplishments())
          .put("next_steps", r.getNextSteps())
          .put("decisions_needed", r.getDecisionsNeeded())
          .put("suggestion_basis", r.getSuggestionBasis())
          .put("submitted_at", RecordsJson.instant(r.getSubmittedAt()))
          .put("submitted_by", r.getSubmittedBy())
          .put("reviewed_at", RecordsJson.instant(r.getReviewedAt()))
          .put("reviewed_by", r.getReviewedBy())
          .put("review_comment", r.getReviewComment());
      ArrayNode events = report.putArray("events");
      for (ReportEvent e : r.getEvents()) {
        events
            .addObject()
            .put("at", RecordsJson.instant(e.occurredAt()))
            .put("by", e.actor())
            .put("action", e.action())
            .put("comment", e.comment());
      }
      AuditStamp audit = r.audit();
      report
          .put("created_at", RecordsJson.instant(audit.createdAt()))
          .put("created_by", audit.createdBy())
          .put("updated_at", RecordsJson.instant(audit.updatedAt()))
          .put("updated_by", audit.updatedBy());
      RecordsJson.history(report, history, "status-report", r.getId());
    }
    return list.size();
  }

  private int readReports(JsonNode section, ImportContext context) {
    int count = 0;
    for (JsonNode r : section.path("status_reports")) {
      Map<RatingDimension, DimensionRating> rated = new EnumMap<>(RatingDimension.class);
      for (RatingDimension dimension : RatingDimension.values()) {
        JsonNode rating =
            r.path("ratings").path(dimension.name().toLowerCase(java.util.Locale.ROOT));
        rated.put(
            dimension,
            new DimensionRating(
                rag(rating, "rating"), rag(rating, "suggested"), text(rating, "reason")));
      }
      List<ReportEvent> events = new ArrayList<>();
      for (JsonNode e : r.path("events")) {
        events.add(
            new ReportEvent(
                RecordsJson.instant(e, "at"),
                text(e, "by"),
                text(e, "action"),
                text(e, "comment")));
      }
      AuditStamp audit =
          AuditStamp.created(text(r, "created_by"), RecordsJson.instant(r, "created_at"));
      audit.touch(text(r, "updated_by"), RecordsJson.instant(r, "updated_at"));
      StatusReport saved =
          reports.save(
              StatusReport.imported(
                  context.projectId(),
                  new ReportPeriod(
                      date(r, "period_start"), date(r, "period_end"), date(r, "due_date")),
                  ReportStatus.valueOf(text(r, "status")),
                  rated,
                  new StatusReportData.Texts(
                      text(r, "summary"),
                      text(r, "accomplishments"),
                      text(r, "next_steps"),
                      text(r, "decisions_needed")),
                  text(r, "suggestion_basis"),
                  RecordsJson.instant(r, "submitted_at"),
                  text(r, "submitted_by"),
                  RecordsJson.instant(r, "reviewed_at"),
                  text(r, "reviewed_by"),
                  text(r, "review_comment"),
                  events,
                  audit));
      history.restore("status-report", saved.getId(), r.path("history"));
      count++;
    }
    reports.flush();
    return count;
  }

  private static Rag rag(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : Rag.valueOf(value);
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    int count = 0;
    for (JsonNode m : section.path("milestones")) {
      Instant at = RecordsJson.instant(m, "created_at");
      Milestone saved =
          milestones.save(
              Milestone.plan(
                  context.projectId(),
                  new MilestoneData(
                      text(m, "name"),
                      date(m, "baseline_date"),
                      date(m, "forecast_date"),
                      date(m, "completed_date"),
                      null),
                  text(m, "created_by"),
                  at));
      history.restore("milestone", saved.getId(), m.path("history"));
      count++;
    }
    milestones.flush();
    return count + readReports(section, context) + raid.read(section, context);
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static LocalDate date(JsonNode node, String field) {
    String day = text(node, field);
    return day == null ? null : LocalDate.parse(day);
  }
}
