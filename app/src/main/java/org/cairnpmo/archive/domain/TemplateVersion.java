package org.cairnpmo.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** One version of a template: its file and who uploaded it when. */
@Entity
@Table(name = "arc_template_version")
@Getter
public class TemplateVersion extends FileVersion {

  private long templateId;

  protected TemplateVersion() {}

  TemplateVersion(
      long templateId, int number, StoredFile file, String note, String by, Instant now) {
    super(number, file, note, by, now);
    this.templateId = templateId;
  }
}
