package org.cairnpmo.portfolio.web;

import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.portfolio.domain.PortfolioViewer;
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
  PortfolioViewer viewer() {
    return identity.currentUser().map(PortfolioViewer::of).orElse(PortfolioViewer.NOBODY);
  }
}
