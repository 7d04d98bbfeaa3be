package org.cairnpmo.practices.maturity;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.HistoryAccess;
import org.springframework.stereotype.Component;

/**
 * A maturity response's history is read by its respondent, on their answer form, and by the PMO and
 * administrators, who keep the assessment. Other respondents do not: the history shows the levels
 * chosen, even those of a draft never submitted.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResponseHistory implements HistoryAccess {

  private final AssessmentService assessments;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("maturity-response");
  }

  @Override
  public void check(String kind, long id) {
    assessments.requireResponseHistoryReader(id, identity.requireCurrentUser());
  }
}
