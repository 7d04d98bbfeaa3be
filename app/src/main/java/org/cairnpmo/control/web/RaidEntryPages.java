package org.cairnpmo.control.web;

import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that log and change one kind of RAID entry. Binding a form needs the kind's own record,
 * so each kind is a small subclass naming its address; reading, saving and drawing the page again
 * are the same for every kind, in {@link RaidPageController}.
 */
abstract class RaidEntryPages<D extends Record, V extends Record & RaidEntryView> {

  private final RaidPageController pages;
  private final RaidWebKind<D, V> kind;

  RaidEntryPages(RaidPageController pages, RaidWebKind<D, V> kind) {
    this.pages = pages;
    this.kind = kind;
  }

  @PostMapping("/new")
  String log(
      @PathVariable long projectId,
      @ModelAttribute("form") D form,
      BindingResult binding,
      CurrentUser author,
      Model model,
      RedirectAttributes redirect) {
    return pages.create(kind, projectId, new PostedForm<>(form, binding, model, redirect), author);
  }

  @PostMapping("/{itemId}")
  String update(
      @PathVariable long projectId,
      @PathVariable long itemId,
      @ModelAttribute("form") D form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    return pages.update(
        kind, projectId, itemId, new PostedForm<>(form, binding, model, redirect), editor);
  }

  @Controller
  @RequestMapping("/projects/{projectId}/raid/risks")
  static class Risks extends RaidEntryPages<RiskData, RiskView> {

    Risks(RaidPageController pages) {
      super(pages, RaidWebKind.RISK);
    }
  }

  @Controller
  @RequestMapping("/projects/{projectId}/raid/issues")
  static class Issues extends RaidEntryPages<IssueData, IssueView> {

    Issues(RaidPageController pages) {
      super(pages, RaidWebKind.ISSUE);
    }
  }

  @Controller
  @RequestMapping("/projects/{projectId}/raid/assumptions")
  static class Assumptions extends RaidEntryPages<AssumptionData, AssumptionView> {

    Assumptions(RaidPageController pages) {
      super(pages, RaidWebKind.ASSUMPTION);
    }
  }

  @Controller
  @RequestMapping("/projects/{projectId}/raid/decisions")
  static class Decisions extends RaidEntryPages<DecisionData, DecisionView> {

    Decisions(RaidPageController pages) {
      super(pages, RaidWebKind.DECISION);
    }
  }

  @Controller
  @RequestMapping("/projects/{projectId}/raid/dependencies")
  static class Dependencies extends RaidEntryPages<DependencyData, DependencyView> {

    Dependencies(RaidPageController pages) {
      super(pages, RaidWebKind.DEPENDENCY);
    }
  }
}
