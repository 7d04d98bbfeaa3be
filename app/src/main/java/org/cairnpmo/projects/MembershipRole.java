package org.cairnpmo.projects;

import org.cairnpmo.platform.InWords;

/** How a person belongs to a project. Manager and sponsor follow the project's own fields. */
public enum MembershipRole implements InWords {
  MANAGER,
  SPONSOR,
  TEAM_MEMBER,
  STAKEHOLDER;
}
