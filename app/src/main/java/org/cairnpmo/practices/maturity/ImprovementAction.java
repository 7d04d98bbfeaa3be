package org.cairnpmo.practices.maturity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/** An improvement action the PMO adds to a closed assessment, followed up to done or dropped. */
@KeepsHistory("improvement-action")
@Entity(name = "MaturityAction")
@Table(name = "prc_assessment_action")
@Getter(AccessLevel.PACKAGE)
class ImprovementAction extends EditableRecord {

  private long assessmentId;
  private String title;

  @Enumerated(EnumType.STRING)
  private MaturityArea area;

  private long ownerId;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  protected ImprovementAction() {}

  static ImprovementAction of(long assessmentId, ActionData data, String by, Instant now) {
    ImprovementAction action = new ImprovementAction();
    action.assessmentId = assessmentId;
    action.stampCreated(by, now);
    action.apply(data, by, now);
    return action;
  }

  void apply(ActionData data, String by, Instant now) {
    title = data.title().trim();
    area = data.area();
    ownerId = data.ownerId();
    dueDate = data.dueDate();
    status = data.statusOrPlanned();
    stampChanged(by, now);
  }
}
