package org.cairnpmo.planning.web;

import java.util.function.Supplier;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every change asked for on a planning page carries besides its own fields: the project, the
 * plan version the page was drawn from (each of its forms sends it back as {@code version}) that
 * the change is made over, who asks, and the messages for the page the browser goes to next. A page
 * action takes one as a parameter ({@link PlanPageChangeArguments}) and hands it the change to
 * make.
 */
record PlanPageChange(
    PlanPages pages, long projectId, long version, CurrentUser me, RedirectAttributes redirect) {

  /**
   * Makes the change as {@link PlanPages#change} does: "what moved" above the page {@code target}
   * on success, the domain's refusal there otherwise.
   */
  String change(String done, Supplier<PlanEdit<?>> action, String target) {
    return pages.change(projectId, me, redirect, done, action, target);
  }
}
