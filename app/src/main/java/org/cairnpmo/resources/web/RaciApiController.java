package org.cairnpmo.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciView;
import org.cairnpmo.resources.domain.RaciService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "RACI",
    description =
        "A project's RACI matrix: rows (deliverables, phases or plan tasks) by columns (people of"
            + " the pool or generic roles), cells R, A, C or I. A row has at most one Accountable;"
            + " rows without a Responsible or an Accountable are flagged. Read by whoever sees the"
            + " project, changed by its manager, the PMO and administrators; a project you may not"
            + " see answers 404.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
record RaciApiController(RaciService raci, RaciDocuments documents) {

  @Operation(operationId = "getRaci", summary = "The project's RACI matrix; ETag = version")
  @GetMapping("/raci")
  ResponseEntity<RaciView> get(@PathVariable long projectId, CurrentUser viewer) {
    return VersionedResponses.ok(raci.view(projectId, viewer));
  }

  @Operation(
      operationId = "putRaci",
      summary = "Replace the project's RACI matrix",
      description =
          "Send every column and row. The version you read (0 before the first save) in If-Match or"
              + " 'version'. A row with two or more A answers 400 naming the row's cells.")
  @PutMapping("/raci")
  ResponseEntity<RaciView> put(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @RequestBody RaciData data,
      CurrentUser editor) {
    return ifMatch.changed(
        data.version(), expected -> raci.save(projectId, data, expected, editor));
  }

  @Operation(operationId = "getRaciXlsx", summary = "The RACI matrix as an Excel workbook")
  @GetMapping(value = "/raci.xlsx", produces = Attachments.XLSX_VALUE)
  ResponseEntity<byte[]> xlsx(@PathVariable long projectId, CurrentUser viewer) {
    return documents.xlsxDownload(raci.view(projectId, viewer));
  }

  @Operation(operationId = "getRaciPdf", summary = "The RACI matrix as PDF")
  @GetMapping(value = "/raci.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long projectId, CurrentUser viewer) {
    return documents.pdfDownload(raci.view(projectId, viewer));
  }
}
