package org.cairnpmo.identity;

/** Global roles. Project-level rights come from membership in the project register. */
public enum Role {
  ADMIN("Administrator"),
  PMO("PMO lead / analyst"),
  EXECUTIVE("Executive"),
  PROJECT_MANAGER("Project manager"),
  RESOURCE_MANAGER("Resource manager"),
  MEMBER("Team member");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
