package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.portfolio.web.StrategyForms.CriteriaSetForm;
import org.cairnpmo.portfolio.web.StrategyForms.CriterionRow;
import org.cairnpmo.portfolio.web.StrategyForms.ObjectiveForm;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Strategy pages: objectives, criteria sets, and the pairwise comparison (AHP) form. */
@Controller
@RequestMapping("/portfolio")
class StrategyPageController {

  private final StrategyService strategy;
  private final IdentityApi identity;
  private final Validator validator;

  StrategyPageController(StrategyService strategy, IdentityApi identity, Validator validator) {
    this.strategy = strategy;
    this.identity = identity;
    this.validator = validator;
  }

  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/strategy")
  String strategy(Model model) {
    CurrentUser me = identity.requireCurrentUser();
    model.addAttribute("objectives", strategy.allObjectives());
    model.addAttribute("sets", strategy.allCriteriaSets(me));
    model.addAttribute("activeSet", strategy.activeCriteriaSet(me).orElse(null));
    model.addAttribute("governs", PortfolioAccess.governs(me));
    return "portfolio/strategy";
  }

  // ---- objectives ---------------------------------------------------------------------------

  @GetMapping("/objectives/new")
  String newObjective(Model model) {
    requireGoverns();
    model.addAttribute("form", new ObjectiveForm());
    return showObjective(null, model);
  }

  @PostMapping("/objectives")
  String createObjective(
      @ModelAttribute("form") ObjectiveForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
    ObjectiveData data = readObjective(form, binding);
    if (data != null) {
      try {
        ObjectiveView created = strategy.defineObjective(data, me);
        redirect.addFlashAttribute("flash", "Added the objective " + created.name() + ".");
        return "redirect:/portfolio/strategy";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      }
    }
    return showObjective(null, model);
  }

  @GetMapping("/objectives/{id}/edit")
  String editObjective(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    model.addAttribute("form", ObjectiveForm.of(strategy.objectiveForEdit(id, me)));
    return showObjective(strategy.objective(id), model);
  }

  @PostMapping("/objectives/{id}/edit")
  String updateObjective(
      @PathVariable long id,
      @ModelAttribute("form") ObjectiveForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
    ObjectiveView objective = strategy.objective(id);
    ObjectiveData data = readObjective(form, binding);
    if (data != null) {
      try {
        strategy.reviseObjective(id, data, form.getVersion() == null ? -1 : form.getVersion(), me);
        redirect.addFlashAttribute("flash", "Saved the objective.");
        return "redirect:/portfolio/strategy";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
      }
    }
    return showObjective(objective, model);
  }

  private ObjectiveData readObjective(ObjectiveForm form, BindingResult binding) {
    ObjectiveData data;
    try {
      data = form.toData();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return null;
    }
    List<FieldProblem> problems = FormErrors.problems(validator, data);
    FormErrors.reject(binding, problems);
    return binding.hasErrors() ? null : data;
  }

  private String showObjective(ObjectiveView objective, Model model) {
    model.addAttribute("objective", objective);
    model.addAttribute("people", identity.activeUsers());
    return "portfolio/objective-form";
  }

  // ---- criteria sets ------------------------------------------------------------------------

  @GetMapping("/criteria-sets/new")
  String newSet(Model model) {
    requireGoverns();
    model.addAttribute("form", CriteriaSetForm.blank());
    return showSetForm(null, model);
  }

  @PostMapping("/criteria-sets")
  String createSet(
      @ModelAttribute("form") CriteriaSetForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) Integer remove,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
    if (add != null || remove != null) {
      return editRows(form, add, remove, null, model);
    }
    CriteriaSetData data = readSet(form, binding);
    if (data != null) {
      try {
        CriteriaSetView created = strategy.defineCriteriaSet(data, me);
        redirect.addFlashAttribute(
            "flash",
            created.weighting() == WeightingMethod.PAIRWISE
                ? "Created the criteria set. Now compare the criteria in pairs to weigh them."
                : "Created the criteria set.");
        return "redirect:/portfolio/criteria-sets/" + created.id();
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      }
    }
    return showSetForm(null, model);
  }

  @GetMapping("/criteria-sets/{id}")
  String set(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    CriteriaSetView set = strategy.criteriaSet(id, me);
    model.addAttribute("set", set);
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
  String editSet(@PathVariable long id, Model model, RedirectAttributes redirect) {
    CurrentUser me = identity.requireCurrentUser();
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

  @PostMapping("/criteria-sets/{id}/edit")
  String updateSet(
      @PathVariable long id,
      @ModelAttribute("form") CriteriaSetForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) Integer remove,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
    CriteriaSetView set = strategy.criteriaSet(id, me);
    if (add != null || remove != null) {
      return editRows(form, add, remove, set, model);
    }
    CriteriaSetData data = readSet(form, binding);
    if (data != null) {
      try {
        strategy.reviseCriteriaSet(
            id, data, form.getVersion() == null ? -1 : form.getVersion(), me);
        redirect.addFlashAttribute("flash", "Saved the criteria set.");
        return "redirect:/portfolio/criteria-sets/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
      } catch (BusinessRuleException e) {
        redirect.addFlashAttribute("flashError", e.getMessage());
        return "redirect:/portfolio/criteria-sets/" + id;
      }
    }
    return showSetForm(set, model);
  }

  private String editRows(
      CriteriaSetForm form, String add, Integer remove, CriteriaSetView set, Model model) {
    if (remove != null && remove >= 0 && remove < form.getCriteria().size()) {
      form.getCriteria().remove((int) remove);
    }
    if (add != null) {
      form.getCriteria().add(new CriterionRow(null, null, null, "1", "5", "1"));
    }
    return showSetForm(set, model);
  }

  private CriteriaSetData readSet(CriteriaSetForm form, BindingResult binding) {
    form.compact();
    CriteriaSetData data;
    try {
      data = form.toData();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return null;
    }
    FormErrors.reject(binding, FormErrors.problems(validator, data));
    return binding.hasErrors() ? null : data;
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
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
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
    try {
      CriteriaSetView judged =
          strategy.judge(id, new JudgementsData(judgements, version), version, me);
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
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          String.join(" ", e.problems().stream().map(FieldProblem::message).toList()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/portfolio/criteria-sets/" + set.id() + "#compare";
  }

  @OnStaleVersion(
      message = "Someone else changed this criteria set in the meantime; try again.",
      redirect = "/portfolio/criteria-sets/{id}")
  @PostMapping("/criteria-sets/{id}/activate")
  String activate(
      @PathVariable long id,
      @RequestParam(name = "version", required = false) String version,
      RedirectAttributes redirect) {
    CurrentUser me = requireGoverns();
    try {
      CriteriaSetView set = strategy.activate(id, parseVersion(version), me);
      redirect.addFlashAttribute(
          "flash",
          set.name() + " is now the active criteria set; new evaluations are scored against it.");
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/portfolio/criteria-sets/" + id;
  }

  @PostMapping("/criteria-sets/{id}/copy")
  String copy(@PathVariable long id, RedirectAttributes redirect) {
    CriteriaSetView copy = strategy.copy(id, requireGoverns());
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

  private CurrentUser requireGoverns() {
    CurrentUser me = identity.requireCurrentUser();
    if (!PortfolioAccess.governs(me)) {
      throw new AccessDeniedException("Only the PMO and administrators change the strategy");
    }
    return me;
  }
}
