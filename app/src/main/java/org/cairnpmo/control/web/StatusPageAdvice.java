package org.cairnpmo.control.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the status pages and the milestones, a section of them, share: forms never bind the ids that
 * the URL already names, and what goes wrong outside a form answers the same way (404, 400, or back
 * to the status page with the broken rule on top).
 */
@ControllerAdvice(assignableTypes = {StatusPageController.class, MilestonePageController.class})
class StatusPageAdvice {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id", "projectId");
  }

  @ModelAttribute("fmt")
  ControlFormat fmt() {
    return ControlFormat.INSTANCE;
  }

  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  @ExceptionHandler(BusinessRuleException.class)
  String rule(BusinessRuleException e, RedirectAttributes redirect, HttpServletRequest request) {
    redirect.addFlashAttribute("flashError", e.getMessage());
    return "redirect:" + statusPage(request.getRequestURI());
  }

  /**
   * The status page of the project the path is about ({@code /projects/7/milestones/3/edit} and
   * {@code /projects/7/status/new} both lead to {@code /projects/7/status}), else the overview.
   */
  static String statusPage(String path) {
    int section = path.indexOf("/milestones");
    if (section < 0) {
      section = path.indexOf("/status");
    }
    return section > 0 ? path.substring(0, section) + "/status" : "/status";
  }
}
