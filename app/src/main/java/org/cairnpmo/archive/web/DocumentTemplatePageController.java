package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.archive.domain.ArchiveAccess;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.archive.domain.TemplateView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template library's pages: the list (with the form to add one) and one template. */
@Controller
class DocumentTemplatePageController {

  private static final String BASE = "/archive/templates";

  private final TemplateService templates;
  private final FileIntake intake;
  private final HistoryPanel historyPanel;

  DocumentTemplatePageController(
      TemplateService templates, FileIntake intake, HistoryPanel historyPanel) {
    this.templates = templates;
    this.intake = intake;
    this.historyPanel = historyPanel;
  }

  @GetMapping(BASE)
  String list(@RequestParam(defaultValue = "0") int page, Model model, CurrentUser viewer) {
    Page<TemplateView> found =
        Paging.showing(
            page, DocumentPageController.PAGE_SIZE, TemplateService.ORDER, templates::list);
    model.addAttribute("templates", found);
    model.addAttribute("pageNav", PageNav.of(found, PageNav.link(BASE)));
    model.addAttribute("mayKeep", ArchiveAccess.mayKeepTemplates(viewer));
    return "archive/templates";
  }

  @PostMapping(BASE)
  String create(
      @RequestParam(required = false) MultipartFile file,
      DocumentTemplateApiController.TemplateForm form,
      RedirectAttributes redirect,
      CurrentUser by) {
    DocumentTemplateApiController.requireKeeper(by);
    if (form.name() == null || form.name().isBlank()) {
      redirect.addFlashAttribute("error", "Give the template a name.");
      return "redirect:" + BASE;
    }
    return DocumentPageController.refusedOr(
        "redirect:" + BASE,
        redirect,
        () -> {
          TemplateView made =
              Uploads.keep(
                  intake, file, received -> templates.create(form.data(), received, null, by));
          redirect.addFlashAttribute("flash", "Added to the library: " + made.name() + ".");
          return "redirect:" + BASE + "/" + made.id();
        });
  }

  @GetMapping(BASE + "/{id}")
  String template(@PathVariable long id, Model model, CurrentUser viewer) {
    model.addAttribute("template", templates.template(id));
    model.addAttribute("mayKeep", ArchiveAccess.mayKeepTemplates(viewer));
    historyPanel.addTo(model, "template", id);
    return "archive/template";
  }

  @PostMapping(BASE + "/{id}/versions")
  String addVersion(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect,
      CurrentUser by) {
    DocumentTemplateApiController.requireKeeper(by);
    templates.template(id);
    return DocumentPageController.refusedOr(
        "redirect:" + BASE + "/" + id,
        redirect,
        () -> Uploads.keep(intake, file, received -> templates.addVersion(id, received, note, by)),
        changed -> "Version " + changed.latestVersion() + " added.");
  }

  @GetMapping(BASE + "/{id}/versions/{number}/content")
  void content(
      @PathVariable long id,
      @PathVariable int number,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DocumentService.VersionFile file = templates.version(id, number);
    Downloads.send(file, false, request, response, templates::read);
  }
}
