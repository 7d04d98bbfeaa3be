package org.cairnpmo.control.web;

import org.cairnpmo.control.domain.RatingHeadlines;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rating card on a project's overview, which the register's page loads from here: the reported
 * rating, stale or not, and what today's figures suggest where they disagree.
 */
@Controller
record RatingHeadlinePageController(RatingHeadlines headlines) {

  @GetMapping("/projects/{projectId}/status/headline")
  String headline(@PathVariable long projectId, CurrentUser viewer, Model model) {
    model.addAttribute("headline", headlines.headline(projectId, viewer));
    return "control/rating-headline :: headline";
  }
}
