package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.portfolio.web.StrategyForms.CriteriaSetForm;
import org.cairnpmo.portfolio.web.StrategyForms.CriterionRow;
import org.cairnpmo.portfolio.web.StrategyForms.ObjectiveForm;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Strategy pages: objectives, criteria sets, and the pairwise comparison (AHP) form. */
@Controller
@RequestMapping("/portfolio")
record StrategyPageController(
    StrategyService strategy, IdentityApi identity, Validator validator, HistoryPanel history) {

  /** The objectives and criteria sets are changed by the PMO and administrators only. */
  @ModelAttribute
  void requireGovernsToChange(HttpServletRequest request, CurrentUser me) {
    if (!"GET".equals(request.getMethod())) {
      requireGoverns(me);
    }
  }

  @GetMapping("/strategy")
  String strategy(CurrentUser me, Model model) {
    model.addAttribute("objectives", strategy.allObjectives());
    model.addAttribute("sets", strategy.allCriteriaSets(me));
    model.addAttribute("activeSet", strategy.activeCriteriaSet(me).orElse(null));
    model.addAttribute("governs", PortfolioAccess.governs(me));
    return "portfolio/strategy";
  }

  // ---- objectives ---------------------------------------------------------------------------

  @GetMapping("/objectives/new")
  String newObjective(CurrentUser me, Model model) {
    requireGoverns(me);
    model.addAttribute("form", new ObjectiveForm());
    return showObjective(null, model);
  }

  @GetMapping("/objectives/{id}/edit")
  String editObjective(@PathVariable long id, CurrentUser me, Model model) {
    model.addAttribute("form", ObjectiveForm.of(strategy.objectiveForEdit(id, me)));
    history.addTo(model, "strategic-objective", id);
    return showObjective(strategy.objective(id), model);
  }

  /** Saves a new objective or the changes to one alike; the form again with its problems. */
  @PostMapping({"/objectives", "/objectives/{id}/edit"})
  String saveObjective(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ObjectiveForm form,
      BindingResult binding,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ObjectiveView objective = id == null ? null : strategy.objective(id);
    return PageForms.afterSave(
        save(
            binding,
            model,
            response,
            form::toData,
            PageForms.defineOrRevise(
                id, form, me, strategy::defineObjective, strategy::reviseObjective)),
        redirect,
        saved -> id == null ? "Added the objective " + saved.name() + "." : "Saved the objective.",
        saved -> "/portfolio/strategy",
        () -> showObjective(objective, model));
  }

  /** Reads a form into its record and saves it; empty when the form must be drawn again. */
  private <D, T> Optional<T> save(
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      Supplier<D> read,
      Function<D, T> save) {
    return PageForms.readAndSave(binding, model, response, validator, read, field -> field, save);
  }

  private String showObjective(ObjectiveView objective, Model model) {
    model.addAttribute("objective", objective);
    model.addAttribute("people", identity.activeUsers());
    return "portfolio/objective-form";
  }

  // ---- criteria sets ------------------------------------------------------------------------

  @GetMapping("/criteria-sets/new")
  String newSet(CurrentUser me, Model model) {
    requireGoverns(me);
    model.addAttribute("form", CriteriaSetForm.blank());
    return showSetForm(null, model);
  }

  @GetMapping("/criteria-sets/{id}")
  String set(@PathVariable long id, CurrentUser me, Model model) {
    CriteriaSetView set = strategy.criteriaSet(id, me);
    model.addAttribute("set", set);
    history.addTo(model, "criteria-set", id);
    model.addAttribute("pairs", pairs(set));
    model.addAttribute("choices", Saaty.choices());
    model.addAttribute("governs", PortfolioAccess.governs(me));
    if (set.ahp() != null && set.ahp().revision() != null) {
      var r = set.ahp().revision();
      model.addAttribute(
          "revisionNow", Saaty.sentence(r.criterionName(), r.comparedToName(), r.currentValue()));
      model.addAttribute(
          "revisionSuggested",
          Saaty.sentence(r.criterionName(), r.comparedToName(), r.suggestedValue()));
    }
    return "portfolio/criteria-set";
  }

  @GetMapping("/criteria-sets/{id}/edit")
  String editSet(@PathVariable long id, CurrentUser me, Model model, RedirectAttributes redirect) {
    CriteriaSetData data = strategy.criteriaSetForEdit(id, me);
    CriteriaSetView set = strategy.criteriaSet(id, me);
    if (!set.editable()) {
      redirect.addFlashAttribute(
          "flashError",
          "This criteria set can no longer change"
              + (set.frozen() ? ": proposals have been evaluated against it." : ".")
              + " Copy it to make a new version.");
      return "redirect:/portfolio/criteria-sets/" + id;
    }
    model.addAttribute("form", CriteriaSetForm.of(data));
    return showSetForm(set, model);
  }

  /**
   * Saves a new criteria set or the changes to one alike; the form is drawn again with its
   * problems, or with the criterion added or taken out that the person asked for instead of saving.
   */
  @PostMapping({"/criteria-sets", "/criteria-sets/{id}/edit"})
  String saveSet(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") CriteriaSetForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) Integer remove,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CriteriaSetView set = id == null ? null : strategy.criteriaSet(id, me);
    if (add != null || remove != null) {
      return editRows(form, add, remove, set, model);
    }
    form.compact();
    return PageForms.afterSave(
        save(
            binding,
            model,
            response,
            form::toData,
            PageForms.defineOrRevise(
                id, form, me, strategy::defineCriteriaSet, strategy::reviseCriteriaSet)),
        redirect,
        saved -> id == null ? created(saved) : "Saved the criteria set.",
        saved -> "/portfolio/criteria-sets/" + saved.id(),
        () -> showSetForm(set, model));
  }

  /** What to do after creating a set: weigh its criteria in pairs, if it is weighted that way. */
  private static String created(CriteriaSetView set) {
    return set.weighting() == WeightingMethod.PAIRWISE
        ? "Created the criteria set. Now compare the criteria in pairs to weigh them."
        : "Created the criteria set.";
  }

  private String editRows(
      CriteriaSetForm form, String add, Integer remove, CriteriaSetView set, Model model) {
    if (remove != null && remove >= 0 && remove < form.getCriteria().size()) {
      form.getCriteria().remove((int) remove);
    }
    if (add != null) {
      form.getCriteria().add(CriterionRow.blank());
    }
    return showSetForm(set, model);
  }

  private String showSetForm(CriteriaSetView set, Model model) {
    model.addAttribute("set", set);
    model.addAttribute("weightings", WeightingMethod.values());
    return "portfolio/criteria-set-form";
  }

  @OnStaleVersion(
      message =
          "Someone else changed this criteria set in the meantime. Your comparisons were not saved: check the current values and enter them again.",
      redirect = "/portfolio/criteria-sets/{id}#compare")
  @PostMapping("/criteria-sets/{id}/judgements")
  String judge(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      CurrentUser me,
      RedirectAttributes redirect) {
    CriteriaSetView set = strategy.criteriaSet(id, me);
    List<JudgementsData.Judgement> judgements = new ArrayList<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!e.getKey().startsWith("pair-")) {
        continue;
      }
      String[] ids = e.getKey().substring(5).split("-");
      Double value = Saaty.parse(e.getValue());
      if (ids.length != 2 || value == null) {
        redirect.addFlashAttribute("flashError", "Choose a value on the scale for every pair.");
        return "redirect:/portfolio/criteria-sets/" + id + "#compare";
      }
      try {
        judgements.add(
            new JudgementsData.Judgement(Long.valueOf(ids[0]), Long.valueOf(ids[1]), value));
      } catch (NumberFormatException ex) {
        return "redirect:/portfolio/criteria-sets/" + id + "#compare";
      }
    }
    long version = parseVersion(params.get("version"));
    PageForms.decide(
        redirect,
        () ->
            flashJudged(
                strategy.judge(id, new JudgementsData(judgements, version), version, me),
                redirect));
    return "redirect:/portfolio/criteria-sets/" + set.id() + "#compare";
  }

  /** Weights saved from consistent judgements, or saved but flagged as inconsistent. */
  private static void flashJudged(CriteriaSetView judged, RedirectAttributes redirect) {
    if (judged.ahp() != null && !judged.ahp().consistent()) {
      redirect.addFlashAttribute(
          "flashError",
          String.format(
              java.util.Locale.ROOT,
              "Saved, but the judgements are inconsistent (CR %.3f, above 0.10). Reconsider the"
                  + " highlighted pair.",
              judged.ahp().consistencyRatio()));
    } else {
      redirect.addFlashAttribute("flash", "Saved the comparisons; the weights are updated.");
    }
  }

  @OnStaleVersion(
      message = "Someone else changed this criteria set in the meantime; try again.",
      redirect = "/portfolio/criteria-sets/{id}")
  @PostMapping("/criteria-sets/{id}/activate")
  String activate(
      @PathVariable long id,
      @RequestParam(name = "version", required = false) String version,
      CurrentUser me,
      RedirectAttributes redirect) {
    PageForms.decide(
        redirect,
        () ->
            redirect.addFlashAttribute(
                "flash",
                strategy.activate(id, parseVersion(version), me).name()
                    + " is now the active criteria set; new evaluations are scored against it."));
    return "redirect:/portfolio/criteria-sets/" + id;
  }

  @PostMapping("/criteria-sets/{id}/copy")
  String copy(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
    CriteriaSetView copy = strategy.copy(id, me);
    redirect.addFlashAttribute("flash", "Copied into a new draft you can change.");
    return "redirect:/portfolio/criteria-sets/" + copy.id();
  }

  /** Each pair of criteria once, with its current judgement and whether it is the one to revise. */
  static List<Pair> pairs(CriteriaSetView set) {
    List<Pair> pairs = new ArrayList<>();
    List<CriteriaSetView.CriterionView> criteria = set.criteria();
    Long flaggedA = null;
    Long flaggedB = null;
    if (set.ahp() != null && set.ahp().revision() != null) {
      flaggedA = set.ahp().revision().criterionId();
      flaggedB = set.ahp().revision().comparedToId();
    }
    for (int i = 0; i < criteria.size(); i++) {
      for (int j = i + 1; j < criteria.size(); j++) {
        var a = criteria.get(i);
        var b = criteria.get(j);
        Double value = null;
        for (CriteriaSetView.JudgementView jv : set.judgements()) {
          if (jv.criterionId() == a.id() && jv.comparedToId() == b.id()) {
            value = jv.value();
          } else if (jv.criterionId() == b.id() && jv.comparedToId() == a.id()) {
            value = 1 / jv.value();
          }
        }
        boolean flagged =
            flaggedA != null
                && ((flaggedA == a.id() && flaggedB == b.id())
                    || (flaggedA == b.id() && flaggedB == a.id()));
        pairs.add(
            new Pair(a, b, value == null ? "1" : Saaty.valueOf(value), value != null, flagged));
      }
    }
    return pairs;
  }

  /** A pair of criteria on the comparison form. */
  record Pair(
      CriteriaSetView.CriterionView first,
      CriteriaSetView.CriterionView second,
      String value,
      boolean judged,
      boolean flagged) {
    public String field() {
      return "pair-" + first.id() + "-" + second.id();
    }
  }

  private static long parseVersion(String version) {
    try {
      return version == null ? -1 : Long.parseLong(version.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void requireGoverns(CurrentUser me) {
    if (!PortfolioAccess.governs(me)) {
      throw new AccessDeniedException("Only the PMO and administrators change the strategy");
    }
  }
}
