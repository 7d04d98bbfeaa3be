package org.cairnpmo.archive.closure.web;

import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FlashActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closure page of a project: the checklist, each item with its state, why, and a link to where
 * to fix it; the PMO's waivers; the sponsor's sign-off; the PMO's reopening. Every action comes
 * back here, with what went wrong on top.
 */
@Controller
record ClosurePageController(ClosureService closures, HistoryPanel history) {

  private static final String PAGE = "/projects/{projectId}/closure";
  private static final String STALE =
      "Someone else changed this closure meanwhile: look at it again.";

  @GetMapping(PAGE)
  String closure(@PathVariable long projectId, CurrentUser viewer, Model model) {
    model.addAttribute("c", closures.closure(projectId, viewer));
    closures.closureId(projectId).ifPresent(id -> history.addTo(model, "closure", id));
    return "archive/closure";
  }

  @PostMapping(PAGE + "/start")
  String start(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser by,
      RedirectAttributes redirect) {
    return act(
        projectId,
        redirect,
        () -> closures.start(projectId, version, by),
        "The closure is started: meet each item, or ask the PMO to waive it.");
  }

  @PostMapping(PAGE + "/waivers")
  String waive(
      @PathVariable long projectId,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser by,
      RedirectAttributes redirect) {
    return act(
        projectId,
        redirect,
        () -> closures.waive(projectId, item, reason, version, by),
        "The item is waived.");
  }

  @PostMapping(PAGE + "/sign-off")
  String signOff(
      @PathVariable long projectId,
      @RequestParam(required = false) String note,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser by,
      RedirectAttributes redirect) {
    return act(
        projectId,
        redirect,
        () -> closures.signOff(projectId, note, version, by),
        "Signed off: the project is closed and read only.");
  }

  @PostMapping(PAGE + "/reopen")
  String reopen(
      @PathVariable long projectId,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser by,
      RedirectAttributes redirect) {
    return act(
        projectId,
        redirect,
        () -> closures.reopen(projectId, reason, version, by),
        "The project is reopened: it is active again.");
  }

  private static String act(
      long projectId,
      RedirectAttributes redirect,
      java.util.function.Supplier<ClosureView> action,
      String done) {
    FlashActions.run(redirect, STALE, action)
        .ifPresent(c -> redirect.addFlashAttribute("flash", done));
    return "redirect:/projects/" + projectId + "/closure";
  }
}
