package org.cairnpmo.practices.templates;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A project made from a template, and the version of it the project follows now. */
@Entity
@Table(name = "prc_template_project")
@Getter
class TemplateProject {

  @Id private long projectId;
  private long templateId;
  private long lineageId;
  private Instant createdAt;
  private String createdBy;

  protected TemplateProject() {}

  TemplateProject(long projectId, long templateId, long lineageId, String by, Instant now) {
    this.projectId = projectId;
    this.templateId = templateId;
    this.lineageId = lineageId;
    this.createdBy = by;
    this.createdAt = now;
  }

  /** Every change of a newer version was accepted or declined: the project follows that one. */
  void follow(long newTemplateId) {
    templateId = newTemplateId;
  }
}
