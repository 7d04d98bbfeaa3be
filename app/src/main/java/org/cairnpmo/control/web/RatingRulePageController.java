package org.cairnpmo.control.web;

import java.util.Optional;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.Comparison;
import org.cairnpmo.control.domain.RatingMetric;
import org.cairnpmo.control.domain.RatingRuleData;
import org.cairnpmo.control.domain.RatingRuleService;
import org.cairnpmo.control.domain.RatingRuleView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PMO's rating rules, which suggest a report's ratings from the project's figures. */
@Controller
record RatingRulePageController(RatingRuleService rules, StatusForms forms, HistoryPanel history) {

  @GetMapping("/status/rules")
  String rules(CurrentUser viewer, Model model) {
    PageErrors.showForm(
        model,
        "ruleForm",
        new RatingRuleData(null, Comparison.LT, null, Rag.AMBER, null, null, true, null));
    return rulesPage(viewer, null, model);
  }

  private String rulesPage(CurrentUser viewer, RatingRuleView editing, Model model) {
    model.addAttribute("rules", rules.list());
    model.addAttribute("canManage", RatingRuleService.mayManage(viewer));
    model.addAttribute("metrics", RatingMetric.values());
    model.addAttribute("comparisons", Comparison.values());
    model.addAttribute("editing", editing);
    return "control/rules";
  }

  @PostMapping("/status/rules")
  String createRule(
      @ModelAttribute("ruleForm") RatingRuleData form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    RatingRuleService.requireManager(editor);
    SubmittedForm<RatingRuleData> submitted =
        forms.read(form, RatingRuleData.class, "ruleForm", binding, model);
    Optional<RatingRuleView> saved = submitted.saveFields(f -> rules.define(withActive(f), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Rule added: " + saved.get().text() + ".");
      return "redirect:/status/rules";
    }
    submitted.errors().addTo(model);
    return rulesPage(editor, null, model);
  }

  @GetMapping("/status/rules/{ruleId}")
  String editRule(@PathVariable long ruleId, CurrentUser editor, Model model) {
    RatingRuleService.requireManager(editor);
    RatingRuleView rule = rules.get(ruleId);
    PageErrors.showForm(model, "ruleForm", rule.data());
    history.addTo(model, "rating-rule", ruleId);
    return rulesPage(editor, rule, model);
  }

  @OnStaleVersion(
      message = "Someone else changed this rule meanwhile; here it is as it is now.",
      redirect = "/status/rules/{ruleId}")
  @PostMapping("/status/rules/{ruleId}")
  String updateRule(
      @PathVariable long ruleId,
      @ModelAttribute("ruleForm") RatingRuleData form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    RatingRuleService.requireManager(editor);
    RatingRuleView rule = rules.get(ruleId);
    SubmittedForm<RatingRuleData> submitted =
        forms.readEdit(
            form, RatingRuleData.class, "ruleForm", binding, model, RatingRuleData::version);
    Optional<RatingRuleView> saved =
        submitted.saveFields(f -> rules.revise(ruleId, withActive(f), f.version(), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Rule saved: " + saved.get().text() + ".");
      return "redirect:/status/rules";
    }
    submitted.errors().addTo(model);
    return rulesPage(editor, rule, model);
  }

  /** An unticked checkbox sends nothing: on the edit form that means "not active". */
  private static RatingRuleData withActive(RatingRuleData form) {
    return form.withActive(Boolean.TRUE.equals(form.active()));
  }

  @OnStaleVersion(
      message = "Someone else changed this rule meanwhile; it was not removed.",
      redirect = "/status/rules")
  @PostMapping("/status/rules/{ruleId}/delete")
  String deleteRule(
      @PathVariable long ruleId,
      @RequestParam(required = false) Long version,
      CurrentUser editor,
      RedirectAttributes redirect) {
    RatingRuleService.requireManager(editor);
    RatingRuleView rule = rules.get(ruleId);
    rules.delete(ruleId, version, editor);
    redirect.addFlashAttribute("flash", "Rule removed: " + rule.text() + ".");
    return "redirect:/status/rules";
  }
}
