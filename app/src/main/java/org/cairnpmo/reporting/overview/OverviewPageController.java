package org.cairnpmo.reporting.overview;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

/** The one-page overview of a project, for sponsors and management. */
@Controller
record OverviewPageController(ProjectOverviewService overviews, JsonMapper json) {

  @GetMapping("/projects/{projectId}/overview")
  String overview(@PathVariable long projectId, Model model, CurrentUser viewer) {
    ProjectOverview overview = overviews.overview(projectId, viewer);
    model.addAttribute("o", overview);
    model.addAttribute("p", overview.project());
    if (overview.money() != null && !overview.money().evm().periods().isEmpty()) {
      model.addAttribute("chart", json.writeValueAsString(chart(overview.money())));
    }
    return "reporting/overview";
  }

  /** The S-curve's series, the same shape the budget page's chart reads. */
  static Map<String, Object> chart(ProjectOverview.Money money) {
    List<EvmPeriod> periods = money.evm().periods();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", periods.stream().map(EvmPeriod::period).toList());
    chart.put("pv", periods.stream().map(EvmPeriod::pv).toList());
    chart.put("ev", periods.stream().map(EvmPeriod::ev).toList());
    chart.put("ac", periods.stream().map(EvmPeriod::ac).toList());
    chart.put("currency", money.currency());
    chart.put("bac", money.bac() == null ? BigDecimal.ZERO : money.bac());
    return chart;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
