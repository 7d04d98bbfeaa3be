package org.cairnpmo.practices.domain;

import jakarta.persistence.Embeddable;
import lombok.Getter;

/** A deliverable a phase of a method expects. */
@Embeddable
@Getter
public class Deliverable {

  private String name;
  private String description;
  private String ownerRole;
  private boolean required;
  private Long templateId;

  protected Deliverable() {}

  Deliverable(MethodData.DeliverableData data) {
    name = data.name().trim();
    description = blankToNull(data.description());
    ownerRole = blankToNull(data.ownerRole());
    required = data.required();
    templateId = data.templateId();
  }

  MethodData.DeliverableData toData() {
    return new MethodData.DeliverableData(name, description, ownerRole, required, templateId);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
