package org.cairnpmo.archive.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One version of a template: its file and who uploaded it when. */
@Entity
@Table(name = "arc_template_version")
@Getter
public class TemplateVersion extends GeneratedId {

  private long templateId;
  private int number;
  @Embedded private StoredFile file;
  private String note;
  private String uploadedBy;
  private Instant uploadedAt;

  protected TemplateVersion() {}

  TemplateVersion(
      long templateId, int number, StoredFile file, String note, String by, Instant now) {
    this.templateId = templateId;
    this.number = number;
    this.file = file;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.uploadedBy = by;
    this.uploadedAt = now;
  }
}
