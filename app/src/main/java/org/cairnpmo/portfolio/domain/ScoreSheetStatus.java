package org.cairnpmo.portfolio.domain;

/** A scorer's sheet is open for their own edits until they submit it. */
public enum ScoreSheetStatus {
  OPEN("Open"),
  SUBMITTED("Submitted");

  private final String label;

  ScoreSheetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
