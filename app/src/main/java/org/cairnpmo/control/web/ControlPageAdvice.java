package org.cairnpmo.control.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.platform.BusinessRuleException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the control pages share (status reports, milestones, a section of the status page, and the
 * RAID log): forms never bind the ids that the URL already names, and what goes wrong outside a
 * form answers the same way (404, 400, or back to the section's page with the broken rule on top).
 */
@ControllerAdvice(
    assignableTypes = {
      StatusPageController.class,
      StatusReportPageController.class,
      StatusQueuePageController.class,
      RatingRulePageController.class,
      MilestonePageController.class,
      RaidPageController.class,
      RaidEntryPages.class
    })
record ControlPageAdvice(ControlFormat fmt) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id", "projectId");
  }

  @ModelAttribute("dimensions")
  RatingDimension[] dimensions() {
    return RatingDimension.values();
  }

  @ModelAttribute("rags")
  Rag[] rags() {
    return Rag.values();
  }

  @ModelAttribute("fmt")
  @Override
  public ControlFormat fmt() {
    return fmt;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  @ExceptionHandler(BusinessRuleException.class)
  String rule(BusinessRuleException e, RedirectAttributes redirect, HttpServletRequest request) {
    redirect.addFlashAttribute("flashError", e.getMessage());
    return "redirect:" + sectionPage(request.getRequestURI());
  }

  /**
   * The page of the section the path is about: the project's RAID log for its entries ({@code
   * /projects/7/raid/risks/3} leads to {@code /projects/7/raid}, {@code /raid} stays), otherwise
   * the project's status page ({@code /projects/7/milestones/3/edit} and {@code
   * /projects/7/status/new} both lead to {@code /projects/7/status}), else the overview.
   */
  static String sectionPage(String path) {
    int raid = path.indexOf("/raid");
    if (raid >= 0) {
      return path.substring(0, raid) + "/raid";
    }
    int section = path.indexOf("/milestones");
    if (section < 0) {
      section = path.indexOf("/status");
    }
    return section > 0 ? path.substring(0, section) + "/status" : "/status";
  }
}
