package org.cairnpmo.reporting.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.Rag;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.ListRefresh;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.reporting.dashboard.DashboardCharts.Bubble;
import org.cairnpmo.reporting.dashboard.DashboardCharts.MonthTotal;
import org.cairnpmo.reporting.dashboard.DashboardCharts.RoadmapBar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio dashboard page: tiles, charts and the table of every project the viewer may see.
 * Answers the whole page or, for htmx, only the part below the filters.
 */
@Controller
record DashboardPageController(
    DashboardQuery dashboard, DashboardRefresh refresh, JsonMapper json) {

  @GetMapping("/dashboard")
  String page(
      DashboardFilterParams filter,
      DashboardPagingParams paging,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      CurrentUser viewer) {
    DashboardParams params = DashboardParams.readPage(filter, paging);
    DashboardPage rows =
        dashboard.page(params.filter(), params.sort(), params.page(), params.size(), viewer);
    if (rows.totalPages() > 0 && params.page() >= rows.totalPages()) {
      params = params.atPage(rows.totalPages() - 1);
      rows = dashboard.page(params.filter(), params.sort(), params.page(), params.size(), viewer);
    }
    DashboardSummary summary = dashboard.summary(params.filter(), viewer);
    List<MonthTotal> months = dashboard.months(params.filter(), viewer);
    List<Bubble> bubbles = dashboard.bubbles(params.filter(), DashboardQuery.MAX_BUBBLES, viewer);
    model.addAttribute("params", params);
    model.addAttribute("rows", rows);
    String base = request.getContextPath();
    model.addAttribute("base", base);
    model.addAttribute("cells", rows.rows().stream().map(r -> DashboardCells.of(r, base)).toList());
    model.addAttribute("pageNav", new PageNav(rows.page(), rows.totalPages(), params::pageUrl));
    model.addAttribute("summary", summary);
    model.addAttribute("staleDays", DashboardQuery.STALE_AFTER_DAYS);
    model.addAttribute("maxBubbles", DashboardQuery.MAX_BUBBLES);
    model.addAttribute("bubbleCount", bubbles.size());
    model.addAttribute("hasMonths", !months.isEmpty());
    model.addAttribute(
        "chart",
        // Inside a script element: "</" must not end it early, whatever a project is called.
        json.writeValueAsString(
                chart(summary, months, bubbles, DashboardQuery.roadmap(rows.rows())))
            .replace("</", "<\\/"));
    model.addAttribute("canRebuild", viewer.governsAllProjects());
    model.addAttribute("viewerId", viewer.id());
    if (ListRefresh.resultsOnly(request, response, params.pageUrl(params.page()))) {
      return "reporting/dashboard :: results";
    }
    model.addAttribute("options", dashboard.options(viewer));
    model.addAttribute("categories", ProjectCategory.values());
    model.addAttribute("statuses", ProjectStatus.values());
    model.addAttribute("rags", Rag.values());
    return "reporting/dashboard";
  }

  @PostMapping("/dashboard/rebuild")
  String rebuild(RedirectAttributes redirect, CurrentUser viewer) {
    if (!viewer.governsAllProjects()) {
      throw new AccessDeniedException("Only the PMO and administrators rebuild the dashboard");
    }
    DashboardRefresh.Outcome outcome = refresh.rebuildAll();
    redirect.addFlashAttribute(
        "flash",
        "Recomputed the figures of "
            + outcome.written()
            + (outcome.written() == 1 ? " project" : " projects")
            + " in "
            + outcome.millis()
            + " ms.");
    return "redirect:/dashboard";
  }

  /** What the charts draw; the same figures are in the tiles and tables for those without them. */
  static Map<String, Object> chart(
      DashboardSummary summary,
      List<MonthTotal> months,
      List<Bubble> bubbles,
      List<RoadmapBar> roadmap) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put(
        "rag",
        Map.of(
            "red", summary.red(),
            "amber", summary.amber(),
            "green", summary.green(),
            "unrated", summary.unrated()));
    BigDecimal largest =
        bubbles.stream().map(Bubble::bac).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    List<Map<String, Object>> points = new ArrayList<>();
    for (Bubble b : bubbles) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("x", b.value());
      point.put("y", b.riskExposure());
      point.put("r", radius(b.bac(), largest));
      point.put("label", b.code() + " " + b.name());
      point.put("budget", b.bac());
      point.put("currency", b.currency());
      point.put("rag", b.overall());
      points.add(point);
    }
    chart.put("bubbles", points);
    String currency = summary.money().isEmpty() ? null : summary.money().get(0).currency();
    List<MonthTotal> inCurrency =
        months.stream().filter(m -> m.currency().equals(currency)).toList();
    chart.put(
        "months",
        Map.of(
            "currency", currency == null ? "" : currency,
            "labels", inCurrency.stream().map(MonthTotal::period).toList(),
            "planned", inCurrency.stream().map(MonthTotal::planned).toList(),
            "actual",
                inCurrency.stream()
                    .map(m -> m.actual() == null ? null : m.actual())
                    .map(a -> (Object) a)
                    .toList()));
    List<Map<String, Object>> bars = new ArrayList<>();
    for (RoadmapBar bar : roadmap) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("label", bar.code());
      b.put("name", bar.name());
      b.put("start", bar.start().toEpochDay());
      b.put("finish", bar.finish().toEpochDay());
      b.put("milestone", bar.milestoneOn() == null ? null : bar.milestoneOn().toEpochDay());
      b.put("milestoneName", bar.milestone());
      b.put("slip", bar.slipDays());
      b.put("rag", bar.overall());
      bars.add(b);
    }
    chart.put("roadmap", bars);
    return chart;
  }

  /** Bubble areas proportional to budgets, 4 to 24 pixels in radius. */
  private static double radius(BigDecimal budget, BigDecimal largest) {
    if (budget == null || largest.signum() <= 0) {
      return 4;
    }
    double share = budget.divide(largest, 6, RoundingMode.HALF_UP).doubleValue();
    return Math.round((4 + 20 * Math.sqrt(Math.max(share, 0))) * 10) / 10.0;
  }
}
