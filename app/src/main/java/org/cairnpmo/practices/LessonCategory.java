package org.cairnpmo.practices;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** What a lesson is about, as the PMO files lessons. */
@RequiredArgsConstructor
public enum LessonCategory implements Labelled {
  SCOPE("Scope and requirements"),
  SCHEDULE("Schedule"),
  COST("Cost and budget"),
  QUALITY("Quality and testing"),
  RISK("Risk management"),
  STAKEHOLDERS("Stakeholders and sponsorship"),
  COMMUNICATION("Communication"),
  PROCUREMENT("Procurement and suppliers"),
  RESOURCES("People and resources"),
  TECHNICAL("Technical"),
  GOVERNANCE("Governance and decisions"),
  CHANGE("Organizational change");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
