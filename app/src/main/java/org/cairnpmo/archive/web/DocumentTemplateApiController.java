package org.cairnpmo.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.cairnpmo.archive.domain.ArchiveAccess;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.TemplateData;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.archive.domain.TemplateView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
    name = "Archive: templates",
    description =
        "The PMO's library of document templates (Word, Excel, PowerPoint, Markdown) with"
            + " versions: read by everyone signed in, kept by the PMO and administrators.")
@RestController
record DocumentTemplateApiController(TemplateService templates, FileIntake intake) {

  static final String BASE = "/api/v1/archive/templates";

  @Operation(summary = "The library, by name, each template with its current version")
  @GetMapping(BASE)
  PageResponse<TemplateView> list(@PageQuery.DefaultSize(20) PageQuery paging) {
    return PageResponse.of(templates.list(paging.request(TemplateService.ORDER)));
  }

  @Operation(summary = "One template with all its versions; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<TemplateView> template(@PathVariable long id) {
    return VersionedResponses.ok(templates.template(id));
  }

  @Operation(
      summary = "Add a template with its first version",
      description = "Multipart: 'file' (Word, Excel, PowerPoint or Markdown), 'name' and details.")
  @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<TemplateView> create(
      @RequestPart("file") MultipartFile file,
      @Valid TemplateForm form,
      @RequestParam(required = false) String note,
      CurrentUser by) {
    requireKeeper(by);
    return Uploads.keep(
        intake,
        file,
        received -> VersionedResponses.created(templates.create(form.data(), received, note, by)));
  }

  @Operation(summary = "Change a template's details", description = "If-Match or 'version'.")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<TemplateView> describe(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody TemplateData data,
      CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> templates.describe(id, data, expected, by));
  }

  @Operation(
      summary = "Upload a new version of a template",
      description = "Of the same format; it becomes the current version.")
  @PostMapping(path = BASE + "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<TemplateView> addVersion(
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String note,
      CurrentUser by) {
    requireKeeper(by);
    templates.template(id);
    return Uploads.keep(
        intake,
        file,
        received -> VersionedResponses.addedTo(templates.addVersion(id, received, note, by)));
  }

  @Operation(summary = "Download a version of a template")
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

  /** Refused before the upload is read: nobody else's file is received at all. */
  static void requireKeeper(CurrentUser by) {
    if (!ArchiveAccess.mayKeepTemplates(by)) {
      throw new AccessDeniedException("Only the PMO and administrators keep the template library");
    }
  }

  /** A new template's details, as form fields of the multipart request. */
  record TemplateForm(
      @NotBlank(message = "Give the template a name") @Size(max = 200) String name,
      @Size(max = 2000) String description,
      @Size(max = 80) String deliverableId,
      @Size(max = 200) String deliverableName) {

    TemplateData data() {
      return new TemplateData(name, description, deliverableId, deliverableName, null);
    }
  }
}
