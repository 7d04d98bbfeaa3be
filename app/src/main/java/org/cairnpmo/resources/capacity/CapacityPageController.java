package org.cairnpmo.resources.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity heat map: rows by department then role (or by role, skill, department), periods as
 * columns, coloured by load, with the bench of people who are free. The rows come a hundred to a
 * page so that a pool of thousands still draws quickly. Those who read the portfolio's scenarios
 * may add one as a what-if.
 */
@Controller
record CapacityPageController(CapacityService capacity, Clock clock) {

  static final int ROWS_PER_PAGE = 100;
  static final int BENCH_SHOWN = 50;

  @GetMapping("/resources/capacity")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String weeks,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String scenario,
      @RequestParam(defaultValue = "0") String page,
      CurrentUser viewer,
      Model model) {
    if (!CapacityService.seesCapacity(viewer)) {
      throw new AccessDeniedException("Capacity is not for team members");
    }
    Map<String, String> form = new HashMap<>();
    form.put("from", from == null ? "" : from);
    form.put("weeks", weeks == null ? "52" : weeks);
    form.put("groupBy", groupBy == null ? "person" : groupBy);
    form.put("period", period == null ? "week" : period);
    form.put("scenario", scenario == null ? "" : scenario.strip());
    model.addAttribute("form", form);
    model.addAttribute("scenarios", capacity.scenarios(viewer));
    CapacityQuery query;
    Long scenarioId;
    try {
      scenarioId = CapacityQuery.scenario(scenario);
      String rows = CapacityQuery.groupBy(groupBy, scenarioId);
      form.put("groupBy", rows == null ? "person" : rows);
      query = CapacityQuery.parse(from, weeks, rows, period, LocalDate.now(clock));
    } catch (InvalidInputException e) {
      Map<String, String> errors = new HashMap<>();
      e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
      model.addAttribute("errors", errors);
      return "resources/capacity";
    }
    form.put("from", query.from().toString());
    model.addAttribute("errors", Map.of());
    CapacityReport report = capacity.report(query, scenarioId, viewer);
    int number = 0;
    try {
      number = Math.max(0, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      number = 0;
    }
    int pages = Math.max(1, (report.rows().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    number = Paging.shownPage(number, pages);
    Page<CapacityReport.Row> shown =
        Paging.slice(report.rows(), PageRequest.of(number, ROWS_PER_PAGE));
    model.addAttribute("report", report);
    model.addAttribute(
        "heat",
        HeatMap.of(shown.getContent(), report.periods(), query.groupBy() == GroupBy.PERSON));
    model.addAttribute(
        "nav",
        PageNav.of(
            shown,
            PageNav.link(
                "/resources/capacity",
                "from",
                query.from(),
                "weeks",
                query.weeks(),
                "groupBy",
                form.get("groupBy"),
                "period",
                form.get("period"),
                "scenario",
                scenarioId)));
    List<CapacityReport.FreePerson> bench = report.bench();
    model.addAttribute("bench", bench.subList(0, Math.min(BENCH_SHOWN, bench.size())));
    model.addAttribute("benchMore", Math.max(0, bench.size() - BENCH_SHOWN));
    model.addAttribute("over", report.rows().stream().filter(CapacityPageController::over).count());
    return "resources/capacity";
  }

  private static boolean over(CapacityReport.Row row) {
    for (boolean b : row.overAllocated()) {
      if (b) {
        return true;
      }
    }
    return false;
  }
}
