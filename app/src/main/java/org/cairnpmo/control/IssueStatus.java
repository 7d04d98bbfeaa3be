package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** An issue is open until it is resolved, then closed. */
@RequiredArgsConstructor
public enum IssueStatus {
  OPEN("Open"),
  RESOLVED("Resolved"),
  CLOSED("Closed");

  private final String label;

  public String label() {
    return label;
  }
}
