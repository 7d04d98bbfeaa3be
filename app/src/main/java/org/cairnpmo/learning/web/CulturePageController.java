package org.cairnpmo.learning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.CompetencyViews.GapView;
import org.cairnpmo.learning.domain.CultureDashboard;
import org.cairnpmo.learning.domain.CultureViews.BudgetData;
import org.cairnpmo.learning.domain.LearningAccess;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.SessionLog;
import org.cairnpmo.learning.domain.PathViews.PathProgress;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the common project culture: the competency framework, one's growth (gap against
 * one's role, progress along its paths, self-assessment), mentoring pairs with their log, and the
 * PMO's culture dashboard. Changes come back to their page with what happened or why not.
 */
@Controller
record CulturePageController(
    CompetencyFramework framework,
    Assessments assessments,
    LearningPaths paths,
    MentoringService mentoring,
    CultureDashboard dashboard,
    HistoryPanel history) {

  @GetMapping("/learning/competencies")
  String competencies(Model model, CurrentUser viewer) {
    model.addAttribute("areas", framework.framework());
    model.addAttribute("profiles", framework.profiles());
    model.addAttribute("paths", paths.paths());
    model.addAttribute("writes", LearningAccess.mayWriteCatalog(viewer));
    return "learning/competencies";
  }

  @GetMapping("/learning/growth")
  String growth(Model model, CurrentUser viewer) {
    String role = assessments.roleOf(viewer.id()).orElse(null);
    GapView gap = null;
    if (role != null && framework.profile(role).isPresent()) {
      gap = assessments.gap(viewer.id(), role, viewer);
    }
    List<PathProgress> progress = new ArrayList<>();
    for (var p : paths.paths()) {
      if (role != null && p.role().equalsIgnoreCase(role)) {
        progress.add(paths.progress(p.id(), null, viewer));
      }
    }
    model.addAttribute("role", role);
    model.addAttribute("gap", gap);
    model.addAttribute("progress", progress);
    model.addAttribute("assessments", assessments.of(viewer.id(), viewer));
    model.addAttribute("areas", framework.framework());
    return "learning/growth";
  }

  @PostMapping("/learning/growth/assessments")
  String assessSelf(
      @RequestParam(required = false) String competencyId,
      @RequestParam(required = false) String level,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    Long competency = longOrNull(competencyId);
    Long lvl = longOrNull(level);
    if (competency == null || lvl == null) {
      redirect.addFlashAttribute("flashError", "Choose a competency and a level.");
      return "redirect:/learning/growth";
    }
    try {
      assessments.assess(
          new AssessmentData(
              null, competency, CompetencyAssessment.Source.SELF, lvl.intValue(), null),
          viewer);
      redirect.addFlashAttribute("flash", "Your assessment is recorded.");
    } catch (InvalidInputException | NotFoundException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/learning/growth";
  }

  @GetMapping("/learning/mentoring")
  String mentoring(Model model, CurrentUser viewer) {
    model.addAttribute("pairs", mentoring.pairs(viewer));
    boolean pmo = LearningAccess.seesAll(viewer);
    model.addAttribute("coachings", pmo ? mentoring.coachings(viewer) : List.of());
    model.addAttribute("pmo", pmo);
    return "learning/mentoring";
  }

  @GetMapping("/learning/mentoring/{id}")
  String pair(@PathVariable long id, Model model, CurrentUser viewer) {
    var pair = mentoring.pair(id, viewer);
    model.addAttribute("pair", pair);
    history.addTo(model, "mentoring", id);
    model.addAttribute("sessions", mentoring.sessions(id, viewer));
    model.addAttribute("ofPair", pair.mentorId() == viewer.id() || pair.menteeId() == viewer.id());
    model.addAttribute("viewerId", viewer.id());
    model.addAttribute("today", LocalDate.now());
    return "learning/pair";
  }

  @PostMapping("/learning/mentoring/{id}/sessions")
  String log(
      @PathVariable long id,
      @RequestParam(required = false) String heldOn,
      @RequestParam(required = false) String notes,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    LocalDate day = dateOrNull(heldOn);
    if (day == null) {
      redirect.addFlashAttribute("flashError", "Enter the day the session was held.");
      return "redirect:/learning/mentoring/" + id;
    }
    if (notes != null && notes.length() > 4000) {
      redirect.addFlashAttribute("flashError", "Notes: at most 4000 characters.");
      return "redirect:/learning/mentoring/" + id;
    }
    try {
      mentoring.log(id, new SessionLog(day, notes), viewer);
      redirect.addFlashAttribute("flash", "The session is in the log.");
    } catch (InvalidInputException | BusinessRuleException | AccessDeniedException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/learning/mentoring/" + id;
  }

  @GetMapping("/learning/dashboard")
  String dashboard(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String department,
      Model model,
      CurrentUser viewer) {
    Long y = longOrNull(year);
    Integer theYear = y == null || y < 1900 || y > 2200 ? null : y.intValue();
    var d = dashboard.dashboard(theYear, longOrNull(department), viewer);
    model.addAttribute("d", d);
    if (d.spend().budgetId() != null) {
      // The dashboard is where the year's budget is set, so it shows who changed it.
      history.addTo(model, "training-budget", d.spend().budgetId());
    }
    return "learning/dashboard";
  }

  @PostMapping("/learning/dashboard/budget")
  String budget(
      @RequestParam int year,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String currency,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    BigDecimal value = FormInput.blank(amount) ? null : FormInput.number(amount);
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    if (value == null || value.signum() < 0 || value.scale() > 2 || !code.matches("[A-Z]{3}")) {
      redirect.addFlashAttribute(
          "flashError", "Enter an amount from 0 up and a currency code such as EUR.");
    } else {
      try {
        dashboard.setBudget(year, new BudgetData(value, code, null), viewer);
        redirect.addFlashAttribute("flash", "The budget is set.");
      } catch (InvalidInputException e) {
        redirect.addFlashAttribute("flashError", e.getMessage());
      }
    }
    return "redirect:/learning/dashboard?year=" + year;
  }

  private static Long longOrNull(String value) {
    if (FormInput.blank(value)) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate dateOrNull(String value) {
    if (FormInput.blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
