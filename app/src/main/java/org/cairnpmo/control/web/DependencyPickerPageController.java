package org.cairnpmo.control.web;

import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dependency form's project search, drawn again as the person types: the projects they may see
 * whose code or name matches (never the whole portfolio), the one chosen so far kept on top.
 */
@Controller
class DependencyPickerPageController {

  private final RaidLog raid;

  DependencyPickerPageController(RaidLog raid) {
    this.raid = raid;
  }

  @GetMapping("/projects/{projectId}/raid/dependencies/candidates")
  String candidates(
      @PathVariable long projectId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long otherProjectId,
      CurrentUser viewer,
      Model model) {
    model.addAttribute("query", q);
    model.addAttribute("choices", raid.dependencyChoices(projectId, otherProjectId, q, viewer));
    return "control/raid-item :: projectChoices";
  }
}
