package org.cairnpmo.practices.templates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * One change a newer template version offers a project. It is decided once: accepted (and applied,
 * or left where the project's work is already done, as {@code outcome} says) or declined.
 */
@KeepsHistory("template-change")
@Entity
@Table(name = "prc_template_change")
@Getter
class TemplateChange extends GeneratedId {

  private long projectId;
  private long templateId;

  @Enumerated(EnumType.STRING)
  private ElementKind kind;

  private String itemKey;

  @Enumerated(EnumType.STRING)
  private ChangeType changeType;

  private String summary;

  @Enumerated(EnumType.STRING)
  private ChangeStatus status;

  private String outcome;
  private Instant offeredAt;
  private String offeredBy;
  private Instant decidedAt;
  private String decidedBy;
  @Version private long version;

  protected TemplateChange() {}

  TemplateChange(
      long projectId, long templateId, TemplateDiff.Change change, String by, Instant now) {
    this.projectId = projectId;
    this.templateId = templateId;
    this.kind = change.kind();
    this.itemKey = change.key();
    this.changeType = change.type();
    this.summary = change.summary();
    this.status = ChangeStatus.PENDING;
    this.offeredBy = by;
    this.offeredAt = now;
  }

  void accept(String result, String by, Instant now) {
    decide(ChangeStatus.ACCEPTED, result, by, now);
  }

  void decline(String by, Instant now) {
    decide(ChangeStatus.DECLINED, null, by, now);
  }

  void supersede(Instant now) {
    if (status == ChangeStatus.PENDING) {
      status = ChangeStatus.SUPERSEDED;
      decidedAt = now;
    }
  }

  private void decide(ChangeStatus decision, String result, String by, Instant now) {
    if (status != ChangeStatus.PENDING) {
      throw new BusinessRuleException(
          "template-change-decided",
          "This change was already " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
    status = decision;
    outcome = result;
    decidedBy = by;
    decidedAt = now;
  }
}
