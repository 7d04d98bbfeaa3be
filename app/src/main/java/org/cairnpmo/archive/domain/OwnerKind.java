package org.cairnpmo.archive.domain;

/** What a document belongs to: a project of the register or a proposal of the portfolio. */
public enum OwnerKind {
  PROJECT("projects", "Project"),
  PROPOSAL("proposals", "Proposal");

  private final String path;
  private final String label;

  OwnerKind(String path, String label) {
    this.path = path;
    this.label = label;
  }

  /** The segment of the owner's address: {@code projects} or {@code proposals}. */
  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  /** The kind whose address segment is {@code path}; "not found" for any other. */
  public static OwnerKind ofPath(String path) {
    for (OwnerKind kind : values()) {
      if (kind.path.equals(path)) {
        return kind;
      }
    }
    throw new org.cairnpmo.platform.NotFoundException("Owner kind", path);
  }
}
