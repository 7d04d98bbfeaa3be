package org.cairnpmo.planning.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
    name = "Planning files",
    description = "A project's plan imported from MS Project or Primavera.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanImportApiController {

  private final PlanFileImports imports;

  @Operation(
      operationId = "importPlan",
      summary =
          "Replace the plan by an MS Project or Primavera file: all or nothing (manager, PMO)",
      description =
          "Reads MPP, MPX, MSPDI XML, Primavera XER and PMXML (the format is recognised from the"
              + " content), replaces the whole plan (tasks, links, calendars, resources,"
              + " requirements, baselines), schedules it with Cairn's engine and answers how many"
              + " tasks get the early dates the file stores. Name the plan version you replace in"
              + " If-Match or 'version' (0 for a project without a plan). A broken, encrypted,"
              + " empty, unsupported or too large file answers 400 (413 for the size) naming the"
              + " file, and the plan stays as it was.")
  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PlanImportReport> importPlan(
      @PathVariable long projectId,
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "The plan version replaced, if not sent as If-Match")
          @RequestParam(required = false)
          Long version,
      IfMatch ifMatch,
      CurrentUser me) {
    return ifMatch.changed(
        version,
        expected -> {
          try {
            return imports.importFile(
                projectId, file.getOriginalFilename(), file.getInputStream(), expected, me);
          } catch (IOException e) {
            throw new PlanFileException(
                file.getOriginalFilename(), "could not be received completely. Upload it again.");
          }
        });
  }

  /** The problem names the file; a file refused for its size alone is 413. */
  @ExceptionHandler(PlanFileException.class)
  ResponseEntity<ProblemDetail> refused(PlanFileException e) {
    ProblemDetail problem =
        e.tooLarge()
            ? Problems.of(
                HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "File too large", e.getMessage())
            : Problems.of(
                HttpStatus.BAD_REQUEST, "invalid-file", "File not imported", e.getMessage());
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(p -> Map.of("field", p.field(), "message", p.message()))
            .toList());
    return Problems.response(problem);
  }
}
