package org.cairnpmo.control.web;

import java.util.List;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio's RAID page: the heat map of every visible project and, for the PMO, escalations.
 */
@Controller
class PortfolioRaidPageController {

  private final RaidEscalations escalations;
  private final RaidHeatMaps heatMaps;

  PortfolioRaidPageController(RaidEscalations escalations, RaidHeatMaps heatMaps) {
    this.escalations = escalations;
    this.heatMaps = heatMaps;
  }

  @GetMapping("/raid")
  String portfolio(CurrentUser viewer, Model model) {
    model.addAttribute("heatmap", heatMaps.portfolioHeatMap(viewer));
    boolean portfolio = ControlAccess.seesPortfolio(viewer);
    model.addAttribute("portfolio", portfolio);
    model.addAttribute("escalated", portfolio ? escalations.escalated(viewer) : List.of());
    return "control/portfolio-raid";
  }
}
