package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.archive.domain.ArchiveAccess;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.Owner;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents pages of a project or a proposal: the list with the upload form and "start from a
 * template", and one document with its versions, the preview of the latest, a new version, review
 * and approval. A refused upload comes back as a message above the form; nothing of it is kept.
 */
@Controller
class DocumentPageController {

  static final int PAGE_SIZE = 20;
  private static final String BASE = "/{kind:projects|proposals}/{ownerId}/documents";

  private final DocumentService documents;
  private final TemplateService templates;
  private final FileIntake intake;
  private final IdentityApi identity;
  private final ArchiveApi archive;
  private final HistoryPanel historyPanel;

  DocumentPageController(
      DocumentService documents,
      TemplateService templates,
      FileIntake intake,
      IdentityApi identity,
      ArchiveApi archive,
      HistoryPanel historyPanel) {
    this.historyPanel = historyPanel;
    this.documents = documents;
    this.templates = templates;
    this.intake = intake;
    this.identity = identity;
    this.archive = archive;
  }

  @GetMapping(BASE)
  String list(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      CurrentUser viewer) {
    OwnerKind ownerKind = OwnerKind.ofPath(kind);
    Owner owner = documents.owner(ownerKind, ownerId, viewer);
    Page<DocumentView> found =
        Paging.showing(
            page,
            PAGE_SIZE,
            DocumentService.ORDER,
            p -> documents.list(ownerKind, ownerId, p, viewer));
    model.addAttribute("owner", owner);
    model.addAttribute("documents", found);
    model.addAttribute("pageNav", PageNav.of(found, PageNav.link(owner.documentsPath())));
    if (owner.mayUpload()) {
      model.addAttribute(
          "templates", templates.list(Paging.request(0, Paging.MAX_SIZE, TemplateService.ORDER)));
      model.addAttribute(
          "deliverables",
          ownerKind == OwnerKind.PROJECT ? archive.deliverablesOf(ownerId) : List.of());
    }
    return "archive/documents";
  }

  @PostMapping(BASE)
  String file(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @RequestParam(required = false) MultipartFile file,
      DocumentForm form,
      RedirectAttributes redirect,
      CurrentUser by) {
    OwnerKind ownerKind = OwnerKind.ofPath(kind);
    Owner owner = documents.owner(ownerKind, ownerId, by);
    ArchiveAccess.requireUploader(owner);
    String back = "redirect:" + owner.documentsPath();
    if (form.title() == null || form.title().isBlank()) {
      redirect.addFlashAttribute("error", "Give the document a title.");
      return back;
    }
    return refusedOr(
        back,
        redirect,
        () -> {
          DocumentView filed =
              Uploads.keep(
                  intake,
                  file,
                  received -> documents.file(ownerKind, ownerId, form.data(), received, by));
          redirect.addFlashAttribute("flash", "Filed: " + filed.title() + ", version 1.");
          return "redirect:" + owner.documentsPath() + "/" + filed.id();
        });
  }

  @PostMapping(BASE + "/from-template")
  String fromTemplate(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @RequestParam(required = false) Long templateId,
      @RequestParam(required = false) String deliverableId,
      RedirectAttributes redirect,
      CurrentUser by) {
    OwnerKind ownerKind = OwnerKind.ofPath(kind);
    Owner owner = documents.owner(ownerKind, ownerId, by);
    String back = "redirect:" + owner.documentsPath();
    if (templateId == null) {
      redirect.addFlashAttribute("error", "Choose a template.");
      return back;
    }
    return refusedOr(
        back,
        redirect,
        () -> {
          DocumentView started =
              templates.start(ownerKind, ownerId, templateId, null, deliverableId, by);
          redirect.addFlashAttribute(
              "flash", "Started from the template: " + started.title() + ".");
          return "redirect:" + owner.documentsPath() + "/" + started.id();
        });
  }

  @GetMapping(BASE + "/{id}")
  String document(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      Model model,
      CurrentUser viewer) {
    OwnerKind ownerKind = OwnerKind.ofPath(kind);
    Owner owner = documents.owner(ownerKind, ownerId, viewer);
    DocumentView document = documents.document(ownerKind, ownerId, id, viewer);
    model.addAttribute("owner", owner);
    model.addAttribute("doc", document);
    model.addAttribute("base", owner.documentsPath() + "/" + id);
    if (owner.mayUpload()) {
      model.addAttribute(
          "reviewers",
          identity.usersByIds(owner.people()).values().stream()
              .filter(u -> u.enabled())
              .sorted(java.util.Comparator.comparing(u -> u.displayName()))
              .toList());
    }
    historyPanel.addTo(model, "document", id);
    return "archive/document";
  }

  @PostMapping(BASE + "/{id}/versions")
  String addVersion(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect,
      CurrentUser by) {
    OwnerKind ownerKind = OwnerKind.ofPath(kind);
    documents.document(ownerKind, ownerId, id, by);
    ArchiveAccess.requireUploader(documents.owner(ownerKind, ownerId, by));
    return refusedOr(
        documentPage(kind, ownerId, id),
        redirect,
        () ->
            Uploads.keep(
                intake,
                file,
                received -> documents.addVersion(ownerKind, ownerId, id, received, note, by)),
        changed -> "Version " + changed.latestVersion() + " added.");
  }

  @PostMapping(BASE + "/{id}/review")
  String review(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @RequestParam(required = false) Long reviewerId,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser by) {
    return refusedOr(
        documentPage(kind, ownerId, id),
        redirect,
        () ->
            documents.submitForReview(OwnerKind.ofPath(kind), ownerId, id, reviewerId, version, by),
        sent -> "Sent for review.");
  }

  @PostMapping(BASE + "/{id}/versions/{number}/approval")
  String approve(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @PathVariable int number,
      RedirectAttributes redirect,
      CurrentUser by) {
    return refusedOr(
        documentPage(kind, ownerId, id),
        redirect,
        () -> documents.approve(OwnerKind.ofPath(kind), ownerId, id, number, by),
        approved -> "Version " + number + " approved.");
  }

  @GetMapping(BASE + "/{id}/versions/{number}/preview.png")
  ResponseEntity<byte[]> preview(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @PathVariable int number,
      CurrentUser viewer) {
    DocumentService.VersionFile file =
        documents.version(OwnerKind.ofPath(kind), ownerId, id, number, viewer);
    return Downloads.image(file.version(), documents.preview(file));
  }

  @GetMapping(BASE + "/{id}/versions/{number}/content")
  void content(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam(defaultValue = "false") boolean inline,
      CurrentUser viewer,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DocumentService.VersionFile file =
        documents.version(OwnerKind.ofPath(kind), ownerId, id, number, viewer);
    Downloads.send(file, inline, request, response, documents::read);
  }

  private static String documentPage(String kind, long ownerId, long id) {
    return "redirect:/" + kind + "/" + ownerId + "/documents/" + id;
  }

  /**
   * {@link #refusedOr(String, RedirectAttributes, Supplier)} for an action that goes back to {@code
   * back} either way, saying what {@code done} makes of its result when it went through.
   */
  static <T> String refusedOr(
      String back, RedirectAttributes redirect, Supplier<T> action, Function<T, String> done) {
    return refusedOr(
        back,
        redirect,
        () -> {
          redirect.addFlashAttribute("flash", done.apply(action.get()));
          return back;
        });
  }

  /**
   * Runs {@code action}; a refusal a person can act on (bad file, too large, a rule, an edit by
   * someone else) goes back to {@code back} as a message instead.
   */
  static String refusedOr(String back, RedirectAttributes redirect, Supplier<String> action) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute(
          "error", "Someone else changed the document meanwhile. Look at it again and retry.");
    } catch (MaxUploadSizeExceededException e) {
      redirect.addFlashAttribute(
          "error",
          "The file is larger than "
              + (e.getMaxUploadSize() / (1024 * 1024))
              + " MB, the largest upload Cairn accepts.");
    }
    return back;
  }
}
