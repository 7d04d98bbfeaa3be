package org.cairnpmo.archive.domain;

/** Where a document stands: being written, waiting for its reviewer, or approved. */
public enum DocumentStatus {
  DRAFT("Draft"),
  IN_REVIEW("In review"),
  APPROVED("Approved");

  private final String label;

  DocumentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
