package org.cairnpmo.projects;

/** How a person belongs to a project. Manager and sponsor follow the project's own fields. */
public enum MembershipRole {
  MANAGER("Manager"),
  SPONSOR("Sponsor"),
  TEAM_MEMBER("Team member"),
  STAKEHOLDER("Stakeholder");

  private final String label;

  MembershipRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
