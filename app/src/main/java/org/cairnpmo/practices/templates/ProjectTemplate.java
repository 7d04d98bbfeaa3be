package org.cairnpmo.practices.templates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.domain.LibraryVersion;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;

/**
 * One version of a project template ({@link LibraryVersion}). A draft changes freely; a published
 * version is frozen and is the only kind a project can be made from; a change is a new version (a
 * draft copy), which retires the one it was copied from when it is published. The content is kept
 * as JSON text, read and written whole ({@link TemplateContent}).
 */
@Entity
@KeepsHistory("project-template")
@Table(name = "prc_template")
@Getter
class ProjectTemplate extends LibraryVersion {

  private Long lifecycleId;
  private Long methodId;
  private Long tierId;

  @Enumerated(EnumType.STRING)
  private ProjectCategory category;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  private String content;
  private String changeNote;

  protected ProjectTemplate() {}

  static ProjectTemplate draft(TemplateData data, String content, String by, Instant now) {
    ProjectTemplate t = new ProjectTemplate();
    t.startDraft(by, now);
    t.apply(data, content, by, now);
    return t;
  }

  void revise(TemplateData data, String content, String by, Instant now) {
    requireDraft();
    apply(data, content, by, now);
  }

  /** A draft copy of this published version: the next revision, with an empty change note. */
  ProjectTemplate newVersion(String by, Instant now) {
    ProjectTemplate copy = new ProjectTemplate();
    copy.startDraftAfter(this, by, now);
    copy.describe(getName(), getDescription(), by, now);
    copy.lifecycleId = lifecycleId;
    copy.methodId = methodId;
    copy.tierId = tierId;
    copy.category = category;
    copy.priority = priority;
    copy.content = content;
    return copy;
  }

  @Override
  protected String noun() {
    return "template";
  }

  /** Only a published version makes projects. */
  void requirePublished() {
    if (getStatus() != MethodStatus.PUBLISHED) {
      throw new BusinessRuleException(
          "template-not-published",
          "The template "
              + label()
              + (getStatus() == MethodStatus.DRAFT
                  ? " is a draft; publish it before making projects from it."
                  : " was replaced by a newer version; make the project from that one."));
    }
  }

  private void apply(TemplateData data, String json, String by, Instant now) {
    lifecycleId = data.lifecycleId();
    methodId = data.methodId();
    tierId = data.tierId();
    category = data.category();
    priority = data.priority();
    changeNote = blankToNull(data.changeNote());
    content = json;
    describe(data.name().trim(), blankToNull(data.description()), by, now);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** As lists show it: the name and the version, without quotes. */
  String title() {
    return getName() + " (version " + getRevision() + ")";
  }
}
