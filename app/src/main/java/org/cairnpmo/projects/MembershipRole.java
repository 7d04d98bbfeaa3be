package org.cairnpmo.projects;

import org.cairnpmo.platform.Labelled;

/** How a person belongs to a project. Manager and sponsor follow the project's own fields. */
public enum MembershipRole implements Labelled {
  MANAGER,
  SPONSOR,
  TEAM_MEMBER,
  STAKEHOLDER;
}
