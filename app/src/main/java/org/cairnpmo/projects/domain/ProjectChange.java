package org.cairnpmo.projects.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One field of one project changed by one person at one moment. Never edited or deleted. */
@Entity
@Table(name = "project_change")
@Getter
public class ProjectChange extends GeneratedId {

  @Getter(AccessLevel.NONE)
  private Long projectId;

  private long revision;
  private Instant changedAt;
  private String changedBy;
  private String field;
  private String oldValue;
  private String newValue;

  protected ProjectChange() {}

  /** A change to {@code project} in the revision it has now. */
  static ProjectChange of(
      Project project, Instant at, String by, String field, String oldValue, String newValue) {
    return new ProjectChange(
        project.getId(), project.getVersion(), at, by, field, oldValue, newValue);
  }

  /** The first entry of a new project's history. */
  static ProjectChange registered(Project project, Instant at, String by, String origin) {
    return of(
        project, at, by, "Project", null, "Registered as " + project.getStatus().label() + origin);
  }

  ProjectChange(
      Long projectId,
      long revision,
      Instant changedAt,
      String changedBy,
      String field,
      String oldValue,
      String newValue) {
    this.projectId = projectId;
    this.revision = revision;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.field = field;
    this.oldValue = truncate(oldValue);
    this.newValue = truncate(newValue);
  }

  private static String truncate(String value) {
    return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
  }
}
