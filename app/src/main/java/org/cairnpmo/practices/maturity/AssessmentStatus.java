package org.cairnpmo.practices.maturity;

/** Open while respondents answer; closed by the PMO, after which the results are shown. */
public enum AssessmentStatus {
  OPEN("Open"),
  CLOSED("Closed");

  private final String label;

  AssessmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
