package org.cairnpmo.control.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecord;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A project's status report for one period. Its workflow is guarded here: a draft is edited and
 * submitted by its author; a submitted report is reviewed by the PMO, or returned to draft with a
 * comment; a reviewed report is final. Suggested ratings are refreshed whenever a draft is saved
 * and frozen once it is submitted.
 */
@Entity
@KeepsHistory("status-report")
@Indexed(index = "status_report")
@SearchRecordMapping(
    derivedFrom = {
      "periodStart",
      "periodEnd",
      "summary",
      "accomplishments",
      "nextSteps",
      "decisionsNeeded",
      "reviewComment",
      "status"
    })
@Table(name = "ctl_status_report")
@Getter
public class StatusReport extends EditableRecord implements VersionChecked, SearchRecord {

  @Getter(AccessLevel.NONE)
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private long projectId;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  /** Null when loaded with every rating column empty, as Hibernate loads an empty embeddable. */
  @Embedded
  @Getter(AccessLevel.NONE)
  private ReportRatings ratings = new ReportRatings();

  private String summary;
  private String accomplishments;
  private String nextSteps;
  private String decisionsNeeded;
  private String suggestionBasis;

  private Instant submittedAt;
  private String submittedBy;
  private Instant reviewedAt;
  private String reviewedBy;
  private String reviewComment;

  @ElementCollection
  @CollectionTable(name = "ctl_status_report_event", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<ReportEvent> events = new ArrayList<>();

  protected StatusReport() {}

  /** A new draft for a period, with what the author wrote so far. */
  public static StatusReport draft(
      long projectId,
      ReportPeriod period,
      StatusReportData data,
      SuggestedRatings suggestions,
      String by,
      Instant now) {
    StatusReport report = new StatusReport();
    report.projectId = projectId;
    report.periodStart = period.start();
    report.periodEnd = period.end();
    report.dueDate = period.due();
    report.status = ReportStatus.DRAFT;
    report.stampCreated(by, now);
    report.write(data, suggestions, by, now);
    report.events.add(new ReportEvent(now, by, "CREATED", null));
    return report;
  }

  /**
   * A report as an archive bundle recorded it: texts, ratings, where its workflow stands and the
   * events that brought it there, with the stamps of the Cairn it comes from. The ratings are taken
   * as they were, suggestions included, since the rules that suggested them may differ here.
   */
  static StatusReport imported(
      long projectId,
      ReportPeriod period,
      ReportStatus status,
      java.util.Map<RatingDimension, DimensionRating> rated,
      StatusReportData.Texts texts,
      String suggestionBasis,
      Instant submittedAt,
      String submittedBy,
      Instant reviewedAt,
      String reviewedBy,
      String reviewComment,
      List<ReportEvent> events,
      org.cairnpmo.platform.AuditStamp audit) {
    StatusReport report = new StatusReport();
    report.projectId = projectId;
    report.periodStart = period.start();
    report.periodEnd = period.end();
    report.dueDate = period.due();
    report.status = status;
    rated.forEach(report.ratings::set);
    report.summary = texts.summary();
    report.accomplishments = texts.accomplishments();
    report.nextSteps = texts.nextSteps();
    report.decisionsNeeded = texts.decisionsNeeded();
    report.suggestionBasis = suggestionBasis;
    report.submittedAt = submittedAt;
    report.submittedBy = submittedBy;
    report.reviewedAt = reviewedAt;
    report.reviewedBy = reviewedBy;
    report.reviewComment = reviewComment;
    report.events.addAll(events);
    report.restoreStamp(audit);
    return report;
  }

  /** Changes a draft. */
  public void revise(StatusReportData data, SuggestedRatings suggestions, String by, Instant now) {
    requireStatus(
        ReportStatus.DRAFT, "Only a draft can be changed; this report is " + label() + ".");
    write(data, suggestions, by, now);
  }

  /**
   * Submits a draft for review. Every rating and the summary are needed, and a reason wherever a
   * rating differs from the suggested one.
   */
  public void submit(String by, Instant now) {
    requireStatus(
        ReportStatus.DRAFT, "Only a draft can be submitted; this report is " + label() + ".");
    List<FieldProblem> problems = new ArrayList<>();
    for (RatingDimension dimension : RatingDimension.values()) {
      DimensionRating r = rating(dimension);
      if (r.rating() == null) {
        problems.add(
            new FieldProblem(
                dimension.field(), "Rate " + dimension.label().toLowerCase(Locale.ROOT) + "."));
      } else if (r.overrides() && (r.reason() == null || r.reason().isBlank())) {
        problems.add(
            new FieldProblem(
                dimension.field() + "Reason",
                "Say why you rate "
                    + dimension.label().toLowerCase(Locale.ROOT)
                    + " "
                    + r.rating().label().toLowerCase(Locale.ROOT)
                    + " when the rules suggest "
                    + r.suggested().label().toLowerCase(Locale.ROOT)
                    + "."));
      }
    }
    if (summary == null || summary.isBlank()) {
      problems.add(new FieldProblem("summary", "Summarize the project's status."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    submittedAt = now;
    submittedBy = by;
    step(ReportStatus.SUBMITTED, "SUBMITTED", null, by, now);
  }

  /** The PMO accepts a submitted report. */
  public void review(String comment, String by, Instant now) {
    requireStatus(
        ReportStatus.SUBMITTED,
        "Only a submitted report can be reviewed; this report is " + label() + ".");
    reviewedAt = now;
    reviewedBy = by;
    reviewComment = clean(comment);
    step(ReportStatus.REVIEWED, "REVIEWED", reviewComment, by, now);
  }

  /** The PMO sends a submitted report back to its author, saying what to change. */
  public void returnToDraft(String comment, String by, Instant now) {
    requireStatus(
        ReportStatus.SUBMITTED,
        "Only a submitted report can be returned; this report is " + label() + ".");
    if (comment == null || comment.isBlank()) {
      throw InvalidInputException.of("comment", "Say what the author should change.");
    }
    submittedAt = null;
    submittedBy = null;
    reviewComment = clean(comment);
    step(ReportStatus.DRAFT, "RETURNED", reviewComment, by, now);
  }

  /** What every step of the workflow records: the new status, who moved it and when, and why. */
  private void step(ReportStatus next, String event, String comment, String by, Instant now) {
    status = next;
    touch(by, now);
    events.add(new ReportEvent(now, by, event, comment));
  }

  private void write(StatusReportData data, SuggestedRatings suggestions, String by, Instant now) {
    if (ratings == null) {
      ratings = new ReportRatings();
    }
    for (RatingDimension dimension : RatingDimension.values()) {
      ratings.set(
          dimension,
          new DimensionRating(
              data.rating(dimension),
              suggestions == null ? null : suggestions.rating(dimension),
              clean(data.reason(dimension))));
    }
    summary = clean(data.summary());
    accomplishments = clean(data.accomplishments());
    nextSteps = clean(data.nextSteps());
    decisionsNeeded = clean(data.decisionsNeeded());
    suggestionBasis = suggestions == null ? null : truncate(suggestions.basis(), 1000);
    touch(by, now);
  }

  private void requireStatus(ReportStatus wanted, String message) {
    if (status != wanted) {
      throw new BusinessRuleException("report-" + status.name().toLowerCase(Locale.ROOT), message);
    }
  }

  private String label() {
    return status.label().toLowerCase(Locale.ROOT);
  }

  private void touch(String by, Instant now) {
    stampChanged(by, now);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public DimensionRating rating(RatingDimension dimension) {
    return ratings == null ? DimensionRating.NONE : ratings.get(dimension);
  }

  public ReportPeriod period() {
    return new ReportPeriod(periodStart, periodEnd, dueDate);
  }

  /** "3 Nov 2026 – 9 Nov 2026" */
  public String periodText() {
    return DAY.format(periodStart) + " – " + DAY.format(periodEnd);
  }

  public List<ReportEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }

  @Override
  public SearchEntry searchEntry() {
    return SearchEntry.of(
            SearchFields.KIND_STATUS_REPORT,
            "/projects/" + projectId + "/status/reports/" + getId(),
            "Status report " + periodStart + " to " + periodEnd,
            SearchFields.join(summary, accomplishments, nextSteps, decisionsNeeded, reviewComment))
        .project(projectId)
        .type(status)
        .year(periodEnd == null ? null : periodEnd.getYear());
  }
}
