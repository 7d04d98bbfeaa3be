package org.cairnpmo.identity;

import lombok.RequiredArgsConstructor;

/** Global roles. Project-level rights come from membership in the project register. */
@RequiredArgsConstructor
public enum Role {
  ADMIN("Administrator"),
  PMO("PMO lead / analyst"),
  EXECUTIVE("Executive"),
  PROJECT_MANAGER("Project manager"),
  RESOURCE_MANAGER("Resource manager"),
  MEMBER("Team member");

  private final String label;

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
