package org.cairnpmo.portfolio.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * No form on the portfolio's pages (proposals, strategy, scores, scenarios) sets the id of what it
 * edits: the address names the record, so a posted {@code id} field is ignored.
 */
@ControllerAdvice(basePackages = "org.cairnpmo.portfolio")
class FormIdBinding {

  @InitBinder("form")
  void disallowId(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }
}
