package org.cairnpmo.resources;

/**
 * Where a resource request stands. Requested, then Proposed when the resource manager names a
 * person; the project manager accepts them (Accepted) or declines them (back to Requested); the
 * resource manager approves an accepted request (Approved) or rejects a request with a reason
 * (Rejected). Approved and Rejected are final.
 */
public enum RequestStatus {
  REQUESTED("Requested"),
  PROPOSED("Person proposed"),
  ACCEPTED("Accepted by the project"),
  APPROVED("Approved"),
  REJECTED("Rejected");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isFinal() {
    return this == APPROVED || this == REJECTED;
  }
}
