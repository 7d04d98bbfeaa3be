package org.cairnpmo.practices.maturity;

/** The areas a PMO's maturity is assessed over; a questionnaire asks about every one of them. */
public enum MaturityArea {
  GOVERNANCE("Governance", "Decisions, gates, portfolio oversight and accountability"),
  PRACTICES("Practices", "Methods, templates, planning, risk and change practices"),
  CULTURE("Culture", "Sponsorship, learning and the value people give to project discipline"),
  RESOURCES("Resources", "Capacity, skills and how people are allocated to projects"),
  DOCUMENTATION("Documentation", "Deliverables, records and knowledge, kept and found again"),
  STATUS("Status", "Status reporting, indicators and how visible progress is");

  private final String label;
  private final String description;

  MaturityArea(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
