package org.cairnpmo.practices;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/**
 * The change a promotion makes: to a phase of a method, a deliverable, a checklist item or a
 * paragraph of guidance; to a template, whatever the template's version holds (it keeps the
 * change).
 */
@RequiredArgsConstructor
public enum PromotionChange implements Labelled {
  DELIVERABLE("Deliverable"),
  CHECKLIST("Checklist item"),
  GUIDANCE("Guidance"),
  TEMPLATE("Template change");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
