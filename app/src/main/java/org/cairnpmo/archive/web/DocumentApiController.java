package org.cairnpmo.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.cairnpmo.archive.domain.ArchiveAccess;
import org.cairnpmo.archive.domain.DocumentData;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
    name = "Archive: documents",
    description =
        "The documents of a project or a proposal, with numbered versions. Exactly as visible as"
            + " their owner: a document of a project the caller may not see answers 404. Uploads"
            + " are multipart, checked by their content (programs and mismatched names refused,"
            + " 400) and limited in size (413).")
@RestController
record DocumentApiController(
    DocumentService documents, TemplateService templates, FileIntake intake) {

  /** {@code kind} is {@code projects} or {@code proposals}; any other answers 404. */
  static final String BASE = "/api/v1/{kind}/{ownerId}/documents";

  @Operation(summary = "The owner's documents, latest change first, each with its latest version")
  @GetMapping(BASE)
  PageResponse<DocumentView> list(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        documents.list(
            OwnerKind.ofPath(kind), ownerId, paging.request(DocumentService.ORDER), viewer));
  }

  @Operation(
      summary = "File a new document with its first version",
      description =
          "Multipart: 'file' and the details (title required). The owner's manager, team members"
              + " and the PMO (a proposal's author, sponsor, manager and the PMO).")
  @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> file(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @RequestPart("file") MultipartFile file,
      @Valid DocumentForm form,
      CurrentUser by) {
    OwnerKind owner = OwnerKind.ofPath(kind);
    // Refused before the upload is read: nothing of a file someone may not file is received.
    ArchiveAccess.requireUploader(documents.owner(owner, ownerId, by));
    return Uploads.keep(
        intake,
        file,
        received ->
            VersionedResponses.created(documents.file(owner, ownerId, form.data(), received, by)));
  }

  @Operation(summary = "One document with all its versions; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<DocumentView> document(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      CurrentUser viewer) {
    return VersionedResponses.ok(documents.document(OwnerKind.ofPath(kind), ownerId, id, viewer));
  }

  @Operation(
      summary = "Change a document's details",
      description = "Name the version in If-Match or 'version'; 409 if it changed meanwhile.")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<DocumentView> describe(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody DocumentData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(),
        expected -> documents.describe(OwnerKind.ofPath(kind), ownerId, id, data, expected, by));
  }

  @Operation(
      summary = "Upload a new version",
      description =
          "Multipart: 'file' and an optional 'note'. Numbers are taken in turn: two uploads at"
              + " once get two versions. The document becomes a draft again.")
  @PostMapping(path = BASE + "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> addVersion(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String note,
      CurrentUser by) {
    OwnerKind owner = OwnerKind.ofPath(kind);
    documents.document(owner, ownerId, id, by);
    ArchiveAccess.requireUploader(documents.owner(owner, ownerId, by));
    return Uploads.keep(
        intake,
        file,
        received ->
            VersionedResponses.addedTo(
                documents.addVersion(owner, ownerId, id, received, note, by)));
  }

  @Operation(
      summary = "The first page of a PDF version as PNG",
      description = "404 for a version that is not a PDF or cannot be rendered.")
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

  @Operation(
      summary = "Download a version",
      description =
          "Its detected type, its file name, its SHA-256 as the ETag. inline=true opens a PDF or"
              + " an image in the browser instead of saving it.")
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

  @Operation(
      summary = "Submit the latest version for review",
      description = "Body: reviewerId and version (or If-Match). The people who file documents.")
  @PostMapping(BASE + "/{id}/review")
  ResponseEntity<DocumentView> review(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody ReviewBody body,
      CurrentUser by) {
    return ifMatch.changed(
        body.version(),
        expected ->
            documents.submitForReview(
                OwnerKind.ofPath(kind), ownerId, id, body.reviewerId(), expected, by));
  }

  @Operation(
      summary = "Approve a version",
      description = "The reviewer named on the document, or the PMO; the latest version only.")
  @PostMapping(BASE + "/{id}/versions/{number}/approval")
  ResponseEntity<DocumentView> approve(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @PathVariable long id,
      @PathVariable int number,
      CurrentUser by) {
    return VersionedResponses.ok(
        documents.approve(OwnerKind.ofPath(kind), ownerId, id, number, by));
  }

  @Operation(
      summary = "Start a document from a template",
      description =
          "Copies the template's current version as version 1 of a new document, named after the"
              + " template unless 'title' is given; it names 'deliverableId' (one the project's"
              + " method expects) when given, else the template's deliverable where the method"
              + " expects it.")
  @PostMapping(BASE + "/from-template")
  ResponseEntity<DocumentView> fromTemplate(
      @PathVariable String kind,
      @PathVariable long ownerId,
      @RequestBody StartBody body,
      CurrentUser by) {
    if (body.templateId() == null) {
      throw org.cairnpmo.platform.InvalidInputException.of("templateId", "Name a template.");
    }
    return VersionedResponses.created(
        templates.start(
            OwnerKind.ofPath(kind),
            ownerId,
            body.templateId(),
            body.title(),
            body.deliverableId(),
            by));
  }

  record ReviewBody(Long reviewerId, Long version) {}

  record StartBody(Long templateId, String title, String deliverableId) {}
}
