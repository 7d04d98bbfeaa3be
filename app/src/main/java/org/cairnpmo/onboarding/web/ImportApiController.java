package org.cairnpmo.onboarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.onboarding.domain.ImportFileException;
import org.cairnpmo.onboarding.domain.ImportKind;
import org.cairnpmo.onboarding.domain.ImportPlan;
import org.cairnpmo.onboarding.domain.ImportSummary;
import org.cairnpmo.onboarding.domain.OnboardingImports;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.Problems;
import org.cairnpmo.platform.web.VersionBody;
import org.cairnpmo.platform.web.VersionNamed;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
    name = "Bulk import",
    description =
        "Projects (PMO, administrators), people and departments (administrators) from CSV or XLSX:"
            + " upload, mapping, dry run, apply all or nothing.")
@RestController
@RequestMapping("/api/v1/imports")
record ImportApiController(OnboardingImports imports) {

  /** A new mapping: field key to the header of its column (null or absent: not imported). */
  record MappingBody(Map<String, String> mapping, Long version) implements VersionNamed {}

  @Operation(
      operationId = "uploadImport",
      summary = "Upload a CSV or XLSX file to import and get its dry run",
      description =
          "'kind' is PROJECTS, PEOPLE or DEPARTMENTS. The answer (201) is the dry run with the"
              + " mapping Cairn proposes from the headers: every row as CREATE, UPDATE (with the"
              + " fields that change) or UNCHANGED, and every row's problems. The file is kept for"
              + " 24 hours for the uploader only. An empty, broken or unsupported file answers 400"
              + " and one over 10 MB 413, naming the file.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportPlan> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam("kind") ImportKind kind,
      CurrentUser me) {
    ImportPlan plan = imports.upload(kind, file.getOriginalFilename(), bytes(file), me);
    return VersionedResponses.created(plan);
  }

  @Operation(
      operationId = "getImport",
      summary = "The dry run of an upload, against the records now")
  @GetMapping("/{id}")
  ResponseEntity<ImportPlan> plan(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.ok(imports.plan(id, me));
  }

  @Operation(
      operationId = "mapImport",
      summary = "Choose which column holds which field; answers the new dry run",
      description =
          "'mapping' names, for each field key, the header of its column; a field left out or null"
              + " is not imported. Name the version of the dry run you saw in If-Match or"
              + " 'version'.")
  @PutMapping("/{id}/mapping")
  ResponseEntity<ImportPlan> map(
      @PathVariable long id, @RequestBody MappingBody body, IfMatch ifMatch, CurrentUser me) {
    Map<String, String> mapping = body.mapping() == null ? Map.of() : body.mapping();
    return ifMatch.changed(body, expected -> imports.remap(id, expected, mapping, me));
  }

  @Operation(
      operationId = "applyImport",
      summary = "Apply the import: every row or none",
      description =
          "Name the version of the dry run you saw in If-Match or 'version'. The dry run is made"
              + " again; if any row has a problem (also one that arose since, such as a code taken"
              + " meanwhile) nothing is written and the answer is 400 with one error per problem"
              + " and its row.")
  @PostMapping("/{id}/apply")
  ImportSummary apply(
      @PathVariable long id,
      @RequestBody(required = false) VersionBody body,
      IfMatch ifMatch,
      CurrentUser me) {
    return imports.apply(id, ifMatch.expected(body == null ? null : body.version()), me);
  }

  @Operation(operationId = "discardImport", summary = "Forget an upload without importing it")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> discard(@PathVariable long id, CurrentUser me) {
    imports.discard(id, me);
    return ResponseEntity.noContent().build();
  }

  static byte[] bytes(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new ImportFileException("The file is empty.", false);
    }
    if (file.getSize() > OnboardingImports.MAX_FILE_BYTES) {
      throw new ImportFileException(
          "The file is larger than "
              + OnboardingImports.MAX_FILE_BYTES / (1024 * 1024)
              + " MB, the largest an import reads. Import it in parts.",
          true);
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new ImportFileException("The upload broke off; send the file again.", false);
    }
  }

  /** The problem names the file; a file refused for its size alone is 413. */
  @ExceptionHandler(ImportFileException.class)
  ResponseEntity<ProblemDetail> refused(ImportFileException e) {
    ProblemDetail problem =
        e.tooLarge()
            ? Problems.of(
                HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "File too large", e.getMessage())
            : Problems.of(
                HttpStatus.BAD_REQUEST, "invalid-file", "File not imported", e.getMessage());
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", e.getMessage())));
    return Problems.response(problem);
  }
}
