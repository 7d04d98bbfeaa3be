package org.cairnpmo.practices.templates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A checklist item or an expected document of a project, from its template. Documents are named
 * placeholders with a link to their template where one exists, until the archive keeps documents.
 * Ticking one records who and when; a ticked item is done work a template change never touches.
 */
@KeepsHistory("project-item")
@Entity
@Table(name = "prc_template_item")
@Getter
class ProjectItem extends GeneratedId {

  private long projectId;

  @Enumerated(EnumType.STRING)
  private ElementKind kind;

  @jakarta.persistence.Column(name = "sort_order")
  private int position;

  private String label;
  private String link;
  private Instant doneAt;
  private String doneBy;
  @Version private long version;

  protected ProjectItem() {}

  ProjectItem(long projectId, ElementKind kind, int position, String label, String link) {
    this.projectId = projectId;
    this.kind = kind;
    this.position = position;
    this.label = label;
    this.link = link;
  }

  boolean done() {
    return doneAt != null;
  }

  void tick(boolean done, String by, Instant now) {
    doneAt = done ? now : null;
    doneBy = done ? by : null;
  }

  void relink(String newLink) {
    link = newLink;
  }
}
