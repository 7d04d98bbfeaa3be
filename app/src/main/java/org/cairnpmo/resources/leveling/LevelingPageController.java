package org.cairnpmo.resources.leveling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.resources.leveling.LevelingLimits.ProjectLimit;
import org.cairnpmo.resources.leveling.LevelingService.Candidate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PMO's page for leveling across projects: the projects that share people with their limits,
 * the preview of what leveling does to each, and Apply. The previewed change travels with the Apply
 * form, so nothing is kept between the requests and any node answers either.
 */
@Controller
record LevelingPageController(LevelingService leveling, Clock clock) {

  private static final String PAGE = "resources/leveling";

  /** A project of the form: whether it takes part, may move, its longest delay and its place. */
  record Row(Candidate candidate, boolean include, boolean movable, String delay, String rank) {

    long id() {
      return candidate.project().id();
    }
  }

  @GetMapping("/resources/leveling")
  String page(CurrentUser viewer, Model model) {
    List<Candidate> candidates = leveling.candidates(viewer);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      rows.add(
          new Row(
              candidates.get(i),
              true,
              true,
              Integer.toString(LevelingLimits.DEFAULT_DELAY_DAYS),
              Integer.toString(i + 1)));
    }
    return form(rows, LocalDate.now(clock).toString(), "", Map.of(), model);
  }

  @PostMapping("/resources/leveling/preview")
  String preview(
      @RequestParam MultiValueMap<String, String> params, CurrentUser viewer, Model model) {
    List<Candidate> candidates = leveling.candidates(viewer);
    List<String> included = params.getOrDefault("include", List.of());
    List<String> movable = params.getOrDefault("movable", List.of());
    List<Row> rows = new ArrayList<>();
    for (Candidate c : candidates) {
      String id = Long.toString(c.project().id());
      rows.add(
          new Row(
              c,
              included.contains(id),
              movable.contains(id),
              text(params.getFirst("delay_" + id)),
              text(params.getFirst("rank_" + id))));
    }
    String from = text(params.getFirst("from"));
    String to = text(params.getFirst("to"));
    Map<String, String> errors = new HashMap<>();
    List<Row> chosen = new ArrayList<>();
    List<ProjectLimit> limits = new ArrayList<>();
    for (Row row : rows) {
      if (!row.include()) {
        continue;
      }
      Integer delay = number(row.delay(), "delay_" + row.id(), errors);
      number(row.rank(), "rank_" + row.id(), errors);
      chosen.add(row);
      limits.add(new ProjectLimit(row.id(), row.movable(), delay));
    }
    LocalDate first = date(from, "from", errors);
    LocalDate last = date(to, "to", errors);
    if (errors.isEmpty()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < chosen.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(i -> Integer.parseInt(chosen.get(i).rank())));
      List<ProjectLimit> ordered = order.stream().map(limits::get).toList();
      List<Row> orderedRows = order.stream().map(chosen::get).toList();
      try {
        model.addAttribute(
            "preview", leveling.preview(new LevelingLimits(ordered, first, last), viewer));
      } catch (InvalidInputException e) {
        for (FieldProblem problem : e.problems()) {
          errors.putIfAbsent(field(problem.field(), orderedRows), problem.message());
        }
      } catch (BusinessRuleException e) {
        errors.put("projects", e.getMessage());
      }
    }
    return form(rows, from, to, errors, model);
  }

  @PostMapping("/resources/leveling/apply")
  String apply(
      @RequestParam(defaultValue = "") String change,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    FlashActions.run(redirect, null, () -> leveling.apply(LevelingChange.decode(change), viewer))
        .ifPresent(
            applied ->
                redirect.addFlashAttribute(
                    "flash",
                    "Leveling applied to "
                        + String.join(
                            ", ", applied.stream().map(LevelingService.Applied::code).toList())
                        + "."));
    return "redirect:/resources/leveling";
  }

  private String form(
      List<Row> rows, String from, String to, Map<String, String> errors, Model model) {
    model.addAttribute("rows", rows);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("errors", errors);
    model.addAttribute("maxDelay", LevelingLimits.MAX_DELAY_DAYS);
    return PAGE;
  }

  /** The form's field for a problem of the limits: a project's fields carry its id. */
  private static String field(String path, List<Row> rows) {
    if (path.startsWith("projects[")) {
      int end = path.indexOf(']');
      long id = rows.get(Integer.parseInt(path.substring(9, end))).id();
      return path.endsWith(".maxDelayDays") ? "delay_" + id : "projects";
    }
    return path;
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static Integer number(String text, String field, Map<String, String> errors) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      errors.put(field, "Enter a whole number.");
      return null;
    }
  }

  private static LocalDate date(String text, String field, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, "Enter a date such as 2027-01-04.");
      return null;
    }
  }
}
