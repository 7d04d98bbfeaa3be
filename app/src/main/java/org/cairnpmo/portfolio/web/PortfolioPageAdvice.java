package org.cairnpmo.portfolio.web;

import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portfolio page needs to know about the viewer to show the right sections. */
@ControllerAdvice(
    assignableTypes = {
      ProposalPageController.class,
      EvaluationPageController.class,
      StrategyPageController.class
    })
record PortfolioPageAdvice(IdentityApi identity) {

  @ModelAttribute("portfolioViewer")
  Viewer viewer() {
    return identity
        .currentUser()
        .map(u -> new Viewer(u.id(), PortfolioAccess.governs(u), PortfolioAccess.readsAll(u)))
        .orElse(new Viewer(0, false, false));
  }

  /** The viewer as the portfolio pages show them. */
  public record Viewer(long id, boolean governs, boolean readsAll) {}
}
