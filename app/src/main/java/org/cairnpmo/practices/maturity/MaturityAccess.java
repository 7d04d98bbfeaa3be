package org.cairnpmo.practices.maturity;

import org.cairnpmo.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in maturity assessments. Everyone signed in reads the questionnaires, the
 * assessments, their results once closed and their improvement actions; the PMO and administrators
 * write questionnaires, open and close assessments and keep the actions. Only the invited
 * respondents answer, each their own; the answers of others are shown after the close, to the
 * respondents and the PMO.
 */
final class MaturityAccess {

  private MaturityAccess() {}

  static boolean mayRun(CurrentUser user) {
    return user.governsAllProjects();
  }

  static void requireRunner(CurrentUser user) {
    if (!mayRun(user)) {
      throw new AccessDeniedException(
          "Only the PMO and administrators keep maturity questionnaires and assessments");
    }
  }

  static boolean maySeeAnswers(Assessment assessment, CurrentUser user) {
    return mayRun(user) || assessment.invited(user.id());
  }
}
