package org.cairnpmo.practices.templates;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;

/**
 * What one item of the template became in a project: the id of the task, milestone or risk (owned
 * by planning or control) or of the project's checklist item or document, so that a later version's
 * change reaches the same element.
 */
@Entity
@Table(name = "prc_template_element")
@Getter
class TemplateElement {

  @EmbeddedId private Key key;
  private Long elementId;

  protected TemplateElement() {}

  TemplateElement(long projectId, ElementKind kind, String itemKey, Long elementId) {
    this.key = new Key(projectId, kind, itemKey);
    this.elementId = elementId;
  }

  @Embeddable
  record Key(long projectId, @Enumerated(EnumType.STRING) ElementKind kind, String itemKey)
      implements Serializable {}
}
