package org.cairnpmo.practices.templates;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;

/**
 * One version of a project template. A draft changes freely; a published version is frozen and is
 * the only kind a project can be made from; a change is a new version (a draft copy), which retires
 * the one it was copied from when it is published. The content is kept as JSON text, read and
 * written whole ({@link TemplateContent}).
 */
@Entity
@KeepsHistory("project-template")
@Table(name = "prc_template")
@Getter
class ProjectTemplate extends GeneratedId implements Audited {

  private Long lineageId;
  private String name;
  private String description;
  private int revision;
  private Long previousId;

  @Enumerated(EnumType.STRING)
  private MethodStatus status;

  private Long lifecycleId;
  private Long methodId;
  private Long tierId;

  @Enumerated(EnumType.STRING)
  private ProjectCategory category;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  private String content;
  private String changeNote;
  private Instant publishedAt;
  private String publishedBy;

  @Version private long version;
  @Embedded private AuditStamp audit;

  protected ProjectTemplate() {}

  static ProjectTemplate draft(TemplateData data, String content, String by, Instant now) {
    ProjectTemplate t = new ProjectTemplate();
    t.revision = 1;
    t.status = MethodStatus.DRAFT;
    t.audit = AuditStamp.created(by, now);
    t.apply(data, content, by, now);
    return t;
  }

  void startLineage() {
    if (lineageId == null) {
      lineageId = getId();
    }
  }

  void revise(TemplateData data, String content, String by, Instant now) {
    requireDraft();
    apply(data, content, by, now);
  }

  void publish(String by, Instant now) {
    requireDraft();
    status = MethodStatus.PUBLISHED;
    publishedAt = now;
    publishedBy = by;
    audit.touch(by, now);
  }

  void retire(String by, Instant now) {
    if (status == MethodStatus.PUBLISHED) {
      status = MethodStatus.RETIRED;
      audit.touch(by, now);
    }
  }

  /** A draft copy of this published version: the next revision, with an empty change note. */
  ProjectTemplate newVersion(String by, Instant now) {
    if (status == MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          "template-draft", "The template " + label() + " is a draft: change it as it is.");
    }
    if (status == MethodStatus.RETIRED) {
      throw new BusinessRuleException(
          "template-retired",
          "The template " + label() + " was replaced by a newer version; start from that one.");
    }
    ProjectTemplate copy = new ProjectTemplate();
    copy.lineageId = lineageId;
    copy.revision = revision + 1;
    copy.previousId = getId();
    copy.status = MethodStatus.DRAFT;
    copy.audit = AuditStamp.created(by, now);
    copy.name = name;
    copy.description = description;
    copy.lifecycleId = lifecycleId;
    copy.methodId = methodId;
    copy.tierId = tierId;
    copy.category = category;
    copy.priority = priority;
    copy.content = content;
    return copy;
  }

  void requireDraft() {
    if (status != MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          "template-frozen",
          "The template "
              + label()
              + " is "
              + status.label().toLowerCase(Locale.ROOT)
              + " and can no longer be changed. Create a new version of it and change that one.");
    }
  }

  /** Only a published version makes projects. */
  void requirePublished() {
    if (status != MethodStatus.PUBLISHED) {
      throw new BusinessRuleException(
          "template-not-published",
          "The template "
              + label()
              + (status == MethodStatus.DRAFT
                  ? " is a draft; publish it before making projects from it."
                  : " was replaced by a newer version; make the project from that one."));
    }
  }

  private void apply(TemplateData data, String json, String by, Instant now) {
    name = data.name().trim();
    description = blankToNull(data.description());
    lifecycleId = data.lifecycleId();
    methodId = data.methodId();
    tierId = data.tierId();
    category = data.category();
    priority = data.priority();
    changeNote = blankToNull(data.changeNote());
    content = json;
    audit.touch(by, now);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  String label() {
    return "'" + name + "' (version " + revision + ")";
  }

  /** As lists show it: the name and the version, without quotes. */
  String title() {
    return name + " (version " + revision + ")";
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
