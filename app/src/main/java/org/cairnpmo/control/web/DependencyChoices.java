package org.cairnpmo.control.web;

import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the dependency form's project picker shows ({@code control/raid-item :: projectChoices}):
 * the project chosen so far, if the viewer may see it, and the projects matching what was typed.
 */
@Component
class DependencyChoices {

  private final RaidLog raid;
  private final ControlAccess access;

  DependencyChoices(RaidLog raid, ControlAccess access) {
    this.raid = raid;
    this.access = access;
  }

  void addTo(Model model, ProjectView project, Long chosenId, String query, CurrentUser viewer) {
    model.addAttribute("query", query);
    model.addAttribute("maxCandidates", RaidLog.CANDIDATES);
    model.addAttribute("candidates", raid.dependencyCandidates(project.id(), query, viewer));
    model.addAttribute(
        "chosen",
        chosenId == null || chosenId == project.id()
            ? null
            : access.find(chosenId, viewer).orElse(null));
  }
}
