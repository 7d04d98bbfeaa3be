package org.cairnpmo.governance.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the governance pages share: the {@code dates} their templates write moments with. */
@ControllerAdvice(
    assignableTypes = {GovernancePageController.class, MethodologyPageController.class})
record GovernancePageAdvice(Dates dates) {

  @ModelAttribute("dates")
  public Dates dates() {
    return dates;
  }
}
