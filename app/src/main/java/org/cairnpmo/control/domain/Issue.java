package org.cairnpmo.control.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** An issue: a problem the project has now. Overdue when open past its due date. */
@Entity
@KeepsHistory("issue")
@Indexed(index = "raid_issue")
@SearchRecordMapping(derivedFrom = {"title", "description", "resolution"})
@Table(name = "ctl_issue")
@Getter
public class Issue extends RaidItem {

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private IssueSeverity severity;

  private LocalDate dueDate;
  private String resolution;

  @Enumerated(EnumType.STRING)
  private IssueStatus status;

  private Long riskId;

  protected Issue() {}

  private Issue(long projectId, Long ownerId, String by, Instant now) {
    super(projectId, ownerId, by, now);
  }

  public static Issue log(long projectId, IssueData data, Long ownerId, String by, Instant now) {
    Issue issue = new Issue(projectId, ownerId, by, now);
    issue.status = IssueStatus.OPEN;
    issue.write(data);
    return issue;
  }

  static Issue fromRisk(
      long projectId,
      Long riskId,
      String title,
      String description,
      IssueSeverity severity,
      Long ownerId,
      LocalDate dueDate,
      String by,
      Instant now) {
    Issue issue = new Issue(projectId, ownerId, by, now);
    issue.status = IssueStatus.OPEN;
    issue.title = title.strip();
    issue.description = clean(description);
    issue.severity = severity;
    issue.dueDate = dueDate;
    issue.riskId = riskId;
    return issue;
  }

  public void revise(IssueData data, Long ownerId, String by, Instant now) {
    write(data);
    revised(ownerId, by, now);
  }

  private void write(IssueData data) {
    IssueStatus next = data.status() == null ? status : data.status();
    if (next == IssueStatus.RESOLVED
        && (data.resolution() == null || data.resolution().isBlank())) {
      throw InvalidInputException.of("resolution", "Say how the issue was resolved.");
    }
    title = data.title().strip();
    description = clean(data.description());
    severity = data.severity();
    dueDate = data.dueDate();
    resolution = clean(data.resolution());
    status = next;
  }

  public boolean isOverdue(LocalDate today) {
    return status == IssueStatus.OPEN && dueDate != null && dueDate.isBefore(today);
  }

  @Override
  public RaidKind kind() {
    return RaidKind.ISSUE;
  }

  @Override
  public String headline() {
    return title;
  }

  @Override
  public boolean isSettled() {
    return status != IssueStatus.OPEN;
  }

  @Override
  protected String searchText() {
    return SearchFields.join(description, resolution);
  }
}
