package org.cairnpmo.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.cairnpmo.archive.bundle.BundleAccess;
import org.cairnpmo.archive.bundle.BundleImport;
import org.cairnpmo.archive.bundle.BundleWriter;
import org.cairnpmo.archive.bundle.StoredBundleView;
import org.cairnpmo.archive.bundle.StoredBundles;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
    name = "Archive: bundles",
    description =
        "A closed project's archive bundle (ZIP: manifest, one JSON file per module, every document"
            + " version, the final report as PDF; schema in docs/archive-bundle.md): download,"
            + " store in the archive, import into this Cairn. PMO and administrators only; a"
            + " project that is not closed answers 409.")
@RestController
record BundleApiController(
    BundleWriter writer, StoredBundles stored, BundleImport imports, ProjectsApi projects) {

  @Operation(summary = "The closed project's bundle, streamed as a ZIP")
  @GetMapping("/api/v1/projects/{id}/bundle")
  void bundle(@PathVariable long id, CurrentUser by, HttpServletResponse response)
      throws IOException {
    BundleDownloads.send(writer, projects, id, by, response);
  }

  @Operation(
      summary = "Import a bundle",
      description =
          "Multipart 'file' (the ZIP) and optionally 'code' (the new project's code; the bundle's"
              + " own by default; a code in use answers 409). The bundle is checked whole first"
              + " (manifest, schema versions, sizes and SHA-256 of every file): a broken, foreign"
              + " or changed bundle answers 400 naming what is wrong, and nothing is imported.")
  @PostMapping(path = "/api/v1/archive/bundles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<BundleImport.Imported> importBundle(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String code,
      CurrentUser by) {
    BundleAccess.requireArchivist(by);
    BundleImport.Imported imported = BundleUploads.importFrom(imports, file, code, by);
    return ResponseEntity.created(URI.create("/api/v1/projects/" + imported.projectId()))
        .body(imported);
  }

  @Operation(summary = "The bundles stored in the archive, latest first")
  @GetMapping("/api/v1/archive/stored-bundles")
  PageResponse<StoredBundleView> storedBundles(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      CurrentUser viewer) {
    return PageResponse.of(stored.list(Paging.request(page, size, StoredBundles.ORDER), viewer));
  }

  /** Which closed project to store a bundle of. */
  record StoreRequest(Long projectId) {}

  @Operation(summary = "Make the closed project's bundle and keep it in the archive")
  @PostMapping("/api/v1/archive/stored-bundles")
  ResponseEntity<StoredBundleView> store(@RequestBody StoreRequest body, CurrentUser by) {
    if (body == null || body.projectId() == null) {
      throw InvalidInputException.of("projectId", "Name the closed project to store.");
    }
    StoredBundleView made = stored.store(body.projectId(), by);
    return ResponseEntity.created(URI.create("/api/v1/archive/stored-bundles/" + made.id()))
        .body(made);
  }

  @Operation(summary = "One stored bundle")
  @GetMapping("/api/v1/archive/stored-bundles/{id}")
  StoredBundleView storedBundle(@PathVariable long id, CurrentUser viewer) {
    return stored.bundle(id, viewer);
  }

  @Operation(summary = "A stored bundle's ZIP")
  @GetMapping("/api/v1/archive/stored-bundles/{id}/content")
  void storedContent(@PathVariable long id, CurrentUser viewer, HttpServletResponse response)
      throws IOException {
    BundleDownloads.sendStored(stored, projects, id, viewer, response);
  }
}
