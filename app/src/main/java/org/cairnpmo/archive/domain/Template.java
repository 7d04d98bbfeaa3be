package org.cairnpmo.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A document template of the PMO's library (Word, Excel, PowerPoint or Markdown), possibly for one
 * deliverable of the methods; its versions are {@link TemplateVersion}s, the latest is current.
 */
@Entity
@KeepsHistory("template")
@Table(name = "arc_template")
@Getter
public class Template extends EditableRecord {

  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private TemplateFormat format;

  private String deliverableId;
  private String deliverableName;
  private int latestNumber;

  protected Template() {}

  static Template create(TemplateData data, TemplateFormat format, String by, Instant now) {
    Template template = new Template();
    template.format = format;
    template.stampCreated(by, now);
    template.describe(data, by, now);
    return template;
  }

  void describe(TemplateData data, String by, Instant now) {
    name = data.name().strip();
    description = blankToNull(data.description());
    deliverableId = blankToNull(data.deliverableId());
    deliverableName = blankToNull(data.deliverableName());
    stampChanged(by, now);
  }

  /** The number of a new version, which must keep the template's format. */
  int nextVersion(TemplateFormat of, String by, Instant now) {
    if (of != format) {
      throw new BusinessRuleException(
          "format-changed",
          "The template is a "
              + format.label()
              + " file; a new version must be one too, not "
              + of.label()
              + ".");
    }
    latestNumber++;
    stampChanged(by, now);
    return latestNumber;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
