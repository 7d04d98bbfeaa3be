package org.cairnpmo.projects;

import org.cairnpmo.platform.BusinessRuleException;

/**
 * A change refused because the project is closed: 409 {@code project-frozen} in the API, the
 * message above the page the person came from on the pages.
 */
public class ProjectFrozenException extends BusinessRuleException {

  public ProjectFrozenException(String message) {
    super(ProjectView.FROZEN, message);
  }
}
