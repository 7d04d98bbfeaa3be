package org.cairnpmo.practices.templates.web;

import org.cairnpmo.practices.web.PracticeDays;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The template pages write days as the other practices pages do ({@code moments}). */
@ControllerAdvice(
    assignableTypes = {TemplatePageController.class, ProjectTemplatePageController.class})
record TemplatePagesAdvice(PracticeDays days) {

  @ModelAttribute("moments")
  PracticeDays moments() {
    return days;
  }
}
