package org.cairnpmo.practices.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the practices pages share: {@code moments}, which their templates write days with. */
@ControllerAdvice(assignableTypes = {MethodPageController.class, LessonPageController.class})
record PracticesPageAdvice(PracticeDays days) {

  @ModelAttribute("moments")
  PracticeDays moments() {
    return days;
  }
}
