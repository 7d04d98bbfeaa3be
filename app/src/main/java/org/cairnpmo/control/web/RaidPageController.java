package org.cairnpmo.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.control.DependencyDirection;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.control.domain.OccurrenceData;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The RAID log pages: a project's log with its heat map and a tab per kind, one page per entry
 * (details, the form to change it, escalation, a risk that happened), the form to log a new entry
 * with its project search for dependencies, and the portfolio's RAID page. The entry forms post to
 * {@link RaidEntryPages}, which binds each kind's record and hands it back here.
 */
@Controller
record RaidPageController(
    RaidLog raid,
    RaidEscalations escalations,
    RaidHeatMaps heatMaps,
    ControlAccess access,
    IdentityApi identity,
    StatusForms forms,
    HistoryPanel history,
    Clock clock) {

  static final int PAGE_SIZE = 50;
  static final String STALE =
      "Someone else changed this entry while you were working on it, so your change was not"
          + " saved. Here it is as it is now; apply your change again.";

  // ---------------------------------------------------------------- the portfolio's RAID page

  /** The heat map of every visible project and, for the PMO, the escalations. */
  @GetMapping("/raid")
  String portfolio(CurrentUser viewer, Model model) {
    model.addAttribute("heatmap", heatMaps.portfolioHeatMap(viewer));
    boolean portfolio = ControlAccess.seesPortfolio(viewer);
    model.addAttribute("portfolio", portfolio);
    model.addAttribute("escalated", portfolio ? escalations.escalated(viewer) : List.of());
    return "control/portfolio-raid";
  }

  // ---------------------------------------------------------------- the project's log

  @GetMapping("/projects/{projectId}/raid")
  String log(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "risks") String tab,
      @RequestParam(required = false) RiskStatus status,
      @RequestParam(required = false) Integer probability,
      @RequestParam(required = false) Integer impact,
      @RequestParam(defaultValue = "0") int page,
      CurrentUser viewer,
      Model model) {
    ProjectView project = access.project(projectId, viewer);
    RaidKind kind = RaidKind.byPath(tab).orElse(RaidKind.RISK);
    model.addAttribute("project", project);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", RaidKind.values());
    model.addAttribute("summary", heatMaps.summary(projectId, viewer));
    model.addAttribute("heatmap", heatMaps.heatMap(projectId, viewer));
    model.addAttribute(
        "canLog", ControlAccess.mayLog(project, viewer) && ControlAccess.isOpen(project));
    model.addAttribute("cellFilter", probability != null && impact != null);
    model.addAttribute("probability", probability);
    model.addAttribute("riskStatus", kind == RaidKind.RISK ? status : null);
    model.addAttribute("impact", impact);
    RiskStatus riskStatus =
        probability != null && impact != null && status == null ? RiskStatus.OPEN : status;
    Page<?> items =
        Paging.<Page<?>>showing(
            page,
            PAGE_SIZE,
            p ->
                switch (kind) {
                  case RISK ->
                      raid.risks(
                          projectId,
                          riskStatus,
                          probability,
                          impact,
                          p.getPageNumber(),
                          PAGE_SIZE,
                          viewer);
                  case ISSUE ->
                      raid.issues(projectId, null, null, p.getPageNumber(), PAGE_SIZE, viewer);
                  case ASSUMPTION ->
                      raid.assumptions(projectId, null, p.getPageNumber(), PAGE_SIZE, viewer);
                  case DECISION -> raid.decisions(projectId, p.getPageNumber(), PAGE_SIZE, viewer);
                  case DEPENDENCY ->
                      raid.dependencies(projectId, null, p.getPageNumber(), PAGE_SIZE, viewer);
                });
    model.addAttribute("items", items);
    model.addAttribute(
        "pageNav", PageNav.of(items, pageLink(projectId, kind, status, probability, impact)));
    if (kind == RaidKind.DEPENDENCY) {
      List<DependencyView> elsewhere = raid.dependenciesLoggedElsewhere(projectId, viewer);
      java.util.Map<Long, ProjectView> loggers = new java.util.HashMap<>();
      elsewhere.forEach(
          d -> access.find(d.projectId(), viewer).ifPresent(x -> loggers.put(d.projectId(), x)));
      model.addAttribute("elsewhere", elsewhere);
      model.addAttribute("elsewhereProjects", loggers);
    }
    return "control/raid";
  }

  /** The address of each page of a tab, with the risk filters the list shows kept. */
  static java.util.function.IntFunction<String> pageLink(
      long projectId, RaidKind kind, RiskStatus status, Integer probability, Integer impact) {
    boolean risks = kind == RaidKind.RISK;
    return PageNav.link(
        "/projects/" + projectId + "/raid",
        "tab",
        kind.path(),
        "status",
        risks ? status : null,
        "probability",
        risks ? probability : null,
        "impact",
        risks ? impact : null);
  }

  // ---------------------------------------------------------------- a new entry

  @GetMapping("/projects/{projectId}/raid/{kind}/new")
  String newEntry(
      @PathVariable long projectId, @PathVariable String kind, CurrentUser author, Model model) {
    RaidWebKind<?, ?> k = RaidWebKind.byPath(kind);
    ProjectView project = access.loggedBy(projectId, author);
    PageErrors.showForm(model, "form", k.blank().apply(author, today()));
    return itemPage(project, k, null, author, model);
  }

  /** Logs a new entry of any kind from its form; {@link RaidEntryPages} binds the form. */
  <D extends Record, V extends Record & RaidEntryView> String create(
      RaidWebKind<D, V> kind, long projectId, PostedForm<D> posted, CurrentUser author) {
    ProjectView project = access.loggedBy(projectId, author);
    SubmittedForm<D> submitted =
        forms.read(posted.form(), kind.dataType(), "form", posted.binding(), posted.model());
    Optional<V> saved = submitted.save(f -> raid.log(kind.type(), projectId, f, author));
    if (saved.isPresent()) {
      String heatMap = kind == RaidWebKind.RISK ? "It is on the heat map." : "";
      posted.redirect().addFlashAttribute("flash", kind.kind().label() + " logged. " + heatMap);
      return "redirect:/projects/%d/raid?tab=%s#item-%d"
          .formatted(projectId, kind.kind().path(), saved.get().id());
    }
    submitted.errors().addTo(posted.model());
    return itemPage(project, kind, null, author, posted.model());
  }

  // ---------------------------------------------------------------- one entry

  @GetMapping("/projects/{projectId}/raid/{kind}/{itemId}")
  String entry(
      @PathVariable long projectId,
      @PathVariable String kind,
      @PathVariable long itemId,
      CurrentUser viewer,
      Model model) {
    return entry(RaidWebKind.byPath(kind), projectId, itemId, viewer, model);
  }

  private <V extends Record & RaidEntryView> String entry(
      RaidWebKind<?, V> kind, long projectId, long itemId, CurrentUser viewer, Model model) {
    ProjectView project = access.project(projectId, viewer);
    V item = raid.get(kind.type(), projectId, itemId, viewer);
    PageErrors.showForm(model, "form", kind.form().apply(item));
    return itemPage(project, kind, item, viewer, model);
  }

  /** Saves a change to an entry of any kind; {@link RaidEntryPages} binds the form. */
  <D extends Record, V extends Record & RaidEntryView> String update(
      RaidWebKind<D, V> kind,
      long projectId,
      long itemId,
      PostedForm<D> posted,
      CurrentUser editor) {
    ProjectView project = access.project(projectId, editor);
    V item = raid.get(kind.type(), projectId, itemId, editor);
    SubmittedForm<D> submitted =
        forms.readEdit(
            posted.form(),
            kind.dataType(),
            "form",
            posted.binding(),
            posted.model(),
            kind.dataVersion());
    // save runs only for a form without errors, and a form without its version has one.
    Optional<V> saved =
        submitted.saveEdit(
            posted.binding(),
            posted.model(),
            STALE,
            f ->
                raid.revise(
                    kind.type(), projectId, itemId, f, kind.dataVersion().apply(f), editor));
    if (saved.isPresent()) {
      posted.redirect().addFlashAttribute("flash", kind.kind().label() + " saved.");
      return "redirect:/projects/" + projectId + "/raid/" + kind.kind().path() + "/" + itemId;
    }
    V shown =
        submitted.notSaved(
            posted.model(),
            item,
            () -> raid.get(kind.type(), projectId, itemId, editor),
            kind.form());
    return itemPage(project, kind, shown, editor, posted.model());
  }

  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/raid/{kind}/{itemId}")
  @PostMapping("/projects/{projectId}/raid/{kind}/{itemId}/escalate")
  String escalate(
      @PathVariable long projectId,
      @PathVariable String kind,
      @PathVariable long itemId,
      @RequestParam(required = false) String note,
      @RequestParam long version,
      CurrentUser editor,
      RedirectAttributes redirect) {
    return act(
        projectId,
        kind,
        itemId,
        redirect,
        "Escalated to the portfolio: the PMO and executives see it on the portfolio RAID page.",
        k ->
            escalations.escalate(
                k, projectId, itemId, new EscalationData(note, version), version, editor));
  }

  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/raid/{kind}/{itemId}")
  @PostMapping("/projects/{projectId}/raid/{kind}/{itemId}/deescalate")
  String deescalate(
      @PathVariable long projectId,
      @PathVariable String kind,
      @PathVariable long itemId,
      @RequestParam long version,
      CurrentUser editor,
      RedirectAttributes redirect) {
    return act(
        projectId,
        kind,
        itemId,
        redirect,
        "Escalation withdrawn.",
        k -> escalations.withdrawEscalation(k, projectId, itemId, version, editor));
  }

  /** Runs an action on an entry of the kind the address names (404 for an unknown one). */
  private String act(
      long projectId,
      String path,
      long itemId,
      RedirectAttributes redirect,
      String done,
      Function<RaidKind, Object> action) {
    RaidKind kind = RaidWebKind.byPath(path).kind();
    try {
      action.apply(kind);
      redirect.addFlashAttribute("flash", done);
    } catch (InvalidInputException | BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/projects/" + projectId + "/raid/" + kind.path() + "/" + itemId;
  }

  /** "It happened", from a risk's page: the risk becomes an issue that links back to it. */
  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/raid/risks/{itemId}")
  @PostMapping("/projects/{projectId}/raid/risks/{itemId}/occurred")
  String occurred(
      @PathVariable long projectId,
      @PathVariable long itemId,
      @ModelAttribute("occurrence") OccurrenceData form,
      BindingResult binding,
      CurrentUser editor,
      RedirectAttributes redirect) {
    String back = "redirect:/projects/" + projectId + "/raid/risks/" + itemId;
    PageErrors errors = forms.errors(form, binding);
    if (form == null || form.version() == null || errors.any()) {
      redirect.addFlashAttribute(
          "flashError",
          "The issue could not be created: "
              + errors.first().orElse("check its details (a valid date, short texts).")
              + " Try again.");
      return back;
    }
    try {
      IssueView issue = raid.riskOccurred(projectId, itemId, form, form.version(), editor);
      redirect.addFlashAttribute(
          "flash", "The risk occurred and is now issue “" + issue.title() + "”, linked to it.");
      return "redirect:/projects/" + projectId + "/raid/issues/" + issue.id();
    } catch (InvalidInputException | BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return back;
  }

  /**
   * The dependency form's project search, drawn again as the person types: the projects they may
   * see whose code or name matches (never the whole portfolio), the one chosen so far kept on top.
   */
  @GetMapping("/projects/{projectId}/raid/dependencies/candidates")
  String candidates(
      @PathVariable long projectId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long otherProjectId,
      CurrentUser viewer,
      Model model) {
    model.addAttribute("query", q);
    model.addAttribute("choices", raid.dependencyChoices(projectId, otherProjectId, q, viewer));
    return "control/raid-item :: projectChoices";
  }

  /** The entry's page; {@code item} is null for a new entry. */
  private <V extends Record & RaidEntryView> String itemPage(
      ProjectView project, RaidWebKind<?, V> kind, V item, CurrentUser viewer, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("kind", kind.kind());
    model.addAttribute("item", item);
    if (item != null) {
      history.addTo(model, kind.kind().name().toLowerCase(java.util.Locale.ROOT), item.id());
    }
    // An entry's own view says whether it may change: on a finished project, only to be closed.
    boolean editable =
        item == null
            ? ControlAccess.mayLog(project, viewer) && ControlAccess.isOpen(project)
            : item.editable();
    model.addAttribute("editable", editable);
    Set<Long> memberIds =
        project.members().stream().map(ProjectView.MemberView::userId).collect(Collectors.toSet());
    List<UserSummary> people = identity.activeUsers();
    model.addAttribute("members", people.stream().filter(u -> memberIds.contains(u.id())).toList());
    model.addAttribute("others", people.stream().filter(u -> !memberIds.contains(u.id())).toList());
    model.addAttribute("strategies", ResponseStrategy.values());
    model.addAttribute("proximities", Proximity.values());
    model.addAttribute("riskStatuses", List.of(RiskStatus.OPEN, RiskStatus.CLOSED));
    model.addAttribute("severities", IssueSeverity.values());
    model.addAttribute("issueStatuses", IssueStatus.values());
    model.addAttribute("directions", DependencyDirection.values());
    model.addAttribute("dependencyStatuses", DependencyStatus.values());
    if (kind == RaidWebKind.DEPENDENCY) {
      Object form = model.getAttribute("form");
      Long chosen = form instanceof DependencyData d ? d.otherProjectId() : null;
      model.addAttribute("choices", raid.dependencyChoices(project.id(), chosen, null, viewer));
    }
    model.addAttribute("today", today());
    model.addAttribute(
        "probabilityScale",
        List.of("1 · Rare", "2 · Unlikely", "3 · Possible", "4 · Likely", "5 · Almost certain"));
    model.addAttribute(
        "impactScale",
        List.of("1 · Negligible", "2 · Minor", "3 · Moderate", "4 · Major", "5 · Severe"));
    return "control/raid-item";
  }

  /** Today in the organization's time zone, as the RAID log dates its entries. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
  }
}
