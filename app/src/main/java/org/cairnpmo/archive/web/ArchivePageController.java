package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cairnpmo.archive.bundle.BundleAccess;
import org.cairnpmo.archive.bundle.BundleImport;
import org.cairnpmo.archive.bundle.BundleWriter;
import org.cairnpmo.archive.bundle.StoredBundles;
import org.cairnpmo.archive.retention.RetentionService;
import org.cairnpmo.archive.retention.RetentionViews;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Archive page of the PMO: finished projects with their bundles, the bundles stored in the
 * archive, the import of a bundle, retention rules, legal holds and the purge log.
 */
@Controller
class ArchivePageController {

  private static final String BASE = "/archive";
  private static final String BACK = "redirect:" + BASE;

  private final ProjectsApi projects;
  private final BundleWriter writer;
  private final StoredBundles stored;
  private final BundleImport imports;
  private final RetentionService retention;
  private final HistoryPanel history;

  ArchivePageController(
      ProjectsApi projects,
      BundleWriter writer,
      StoredBundles stored,
      BundleImport imports,
      RetentionService retention,
      HistoryPanel history) {
    this.projects = projects;
    this.writer = writer;
    this.stored = stored;
    this.imports = imports;
    this.retention = retention;
    this.history = history;
  }

  @GetMapping(BASE)
  String page(Model model, CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    model.addAttribute(
        "finished",
        projects
            .search(
                new ProjectFilter(
                    null,
                    EnumSet.of(ProjectStatus.CLOSED, ProjectStatus.CANCELLED),
                    null,
                    null,
                    null,
                    null),
                PageRequest.of(0, 100, Sort.by("code")),
                viewer)
            .getContent());
    model.addAttribute(
        "bundles", stored.list(PageRequest.of(0, 50, StoredBundles.ORDER), viewer).getContent());
    model.addAttribute("rules", retention.rules(viewer));
    model.addAttribute("holds", retention.holds(viewer));
    model.addAttribute("purges", retention.purges(viewer));
    model.addAttribute("categories", ProjectCategory.values());
    return "archive/archive";
  }

  @GetMapping(BASE + "/projects/{id}/bundle")
  void download(@PathVariable long id, CurrentUser by, HttpServletResponse response)
      throws IOException {
    BundleDownloads.send(writer, projects, id, by, response);
  }

  @GetMapping(BASE + "/stored-bundles/{id}/content")
  void storedContent(@PathVariable long id, CurrentUser by, HttpServletResponse response)
      throws IOException {
    BundleDownloads.sendStored(stored, projects, id, by, response);
  }

  @PostMapping(BASE + "/stored-bundles")
  String store(@RequestParam long projectId, RedirectAttributes redirect, CurrentUser by) {
    return refusedOr(
        redirect,
        () -> stored.store(projectId, by),
        made -> "Stored the bundle of " + made.projectCode() + " (" + made.size() + ").");
  }

  @PostMapping(BASE + "/bundles")
  String importBundle(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String code,
      RedirectAttributes redirect,
      CurrentUser by) {
    BundleAccess.requireArchivist(by);
    return refusedOr(
        redirect,
        () -> {
          BundleImport.Imported imported = BundleUploads.importFrom(imports, file, code, by);
          redirect.addFlashAttribute(
              "flash",
              "Imported "
                  + imported.code()
                  + ": it is closed and read-only."
                  + (imported.unknownPeople().isEmpty()
                      ? ""
                      : " People this Cairn does not know are named in its history: "
                          + String.join(", ", imported.unknownPeople().keySet())
                          + "."));
          return "redirect:/projects/" + imported.projectId();
        });
  }

  @PostMapping(BASE + "/retention-rules")
  String addRule(
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) Integer keepYears,
      RedirectAttributes redirect,
      CurrentUser by) {
    return refusedOr(
        redirect,
        () -> retention.addRule(scope, keepYears, by),
        rule ->
            "Documents of "
                + rule.scopeLabel()
                + " are kept "
                + rule.keepYears()
                + " years after closure.");
  }

  /** A rule's own page: its years to change, and who changed them when. */
  @GetMapping(BASE + "/retention-rules/{id}")
  String rule(@PathVariable long id, Model model, CurrentUser viewer) {
    RetentionViews.Rule rule = retention.rule(id, viewer);
    return ruleForm(rule, RetentionRuleForm.of(rule), model);
  }

  @PostMapping(BASE + "/retention-rules/{id}")
  String changeRule(
      @PathVariable long id,
      @ModelAttribute("form") RetentionRuleForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser by) {
    RetentionViews.Rule rule = retention.rule(id, by);
    var changed =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () -> retention.changeRule(id, form.getKeepYears(), form.editedVersion(), by));
    if (changed.isEmpty()) {
      return ruleForm(rule, form, model);
    }
    redirect.addFlashAttribute(
        "flash",
        "Documents of "
            + changed.get().scopeLabel()
            + " are kept "
            + changed.get().keepYears()
            + " years after closure.");
    return BACK + "#rules-title";
  }

  private String ruleForm(RetentionViews.Rule rule, RetentionRuleForm form, Model model) {
    model.addAttribute("rule", rule);
    model.addAttribute("form", form);
    history.addTo(model, "retention-rule", rule.id());
    return "archive/retention-rule";
  }

  @PostMapping(BASE + "/retention-rules/{id}/delete")
  String removeRule(@PathVariable long id, RedirectAttributes redirect, CurrentUser by) {
    retention.removeRule(id, by);
    redirect.addFlashAttribute("flash", "Rule removed.");
    return BACK;
  }

  @PostMapping(BASE + "/legal-holds")
  String hold(
      @RequestParam(required = false) Long projectId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect,
      CurrentUser by) {
    return refusedOr(
        redirect,
        () -> {
          if (projectId == null) {
            throw InvalidInputException.of("projectId", "Choose the project to hold.");
          }
          return retention.hold(projectId, reason, by);
        },
        hold -> hold.projectCode() + " is on legal hold.");
  }

  @PostMapping(BASE + "/legal-holds/{projectId}/release")
  String release(@PathVariable long projectId, RedirectAttributes redirect, CurrentUser by) {
    retention.release(projectId, by);
    redirect.addFlashAttribute("flash", "Legal hold released.");
    return BACK;
  }

  @PostMapping(BASE + "/retention/run")
  String run(RedirectAttributes redirect, CurrentUser by) {
    RetentionViews.Run run = retention.runNow(by);
    redirect.addFlashAttribute(
        "flash",
        run.versions() == 0
            ? "Nothing to purge."
            : "Purged "
                + run.versions()
                + " document versions of "
                + run.projects()
                + " projects.");
    return BACK;
  }

  private static String refusedOr(RedirectAttributes redirect, Supplier<String> action) {
    return DocumentPageController.refusedOr(BACK, redirect, action);
  }

  private static <T> String refusedOr(
      RedirectAttributes redirect, Supplier<T> action, Function<T, String> done) {
    return DocumentPageController.refusedOr(BACK, redirect, action, done);
  }
}
