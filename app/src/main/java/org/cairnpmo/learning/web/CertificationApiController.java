package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CertificationView;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.Attachments;
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
    name = "Learning: certifications",
    description =
        "The certifications people hold, their expiry and the credits toward renewal earned from"
            + " completed courses. Seen by the holder, their line manager, the PMO and"
            + " administrators; to anyone else one answers 404.")
@RestController
record CertificationApiController(CertificationService certifications) {

  static final String BASE = "/api/v1/learning/certifications";

  @Operation(summary = "The certifications the caller sees, soonest expiry first")
  @GetMapping(BASE)
  PageResponse<CertificationView> list(
      @Parameter(description = "One person's") @RequestParam(required = false) Long userId,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        certifications.list(userId, paging.request(CertificationService.ORDER), viewer));
  }

  @Operation(summary = "One certification with its credits; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<CertificationView> certification(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(certifications.certification(id, viewer));
  }

  @Operation(
      summary = "Record a certification",
      description =
          "One's own (no userId), or one of a report's by their line manager, or anyone's by the"
              + " PMO and administrators.")
  @PostMapping(BASE)
  ResponseEntity<CertificationView> record(
      @Valid @RequestBody CertificationData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, certifications.record(data, by));
  }

  @Operation(
      summary = "Change a certification (a renewal is a new expiry)",
      description = "As recording. Name the version in If-Match or 'version'.")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<CertificationView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody CertificationData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> certifications.revise(id, data, expected, by));
  }

  @Operation(
      summary = "Attach the evidence file",
      description =
          "PDF, PNG or JPEG (checked by content), at most 5 MB; replaces an earlier one. Name the"
              + " certification's version in If-Match or 'version'.")
  @PostMapping(value = BASE + "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CertificationView> attach(
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) Long version,
      IfMatch ifMatch,
      CurrentUser by) {
    return ifMatch.changed(
        version,
        expected -> {
          try {
            return certifications.attachEvidence(
                id, file.getOriginalFilename(), file.getBytes(), expected, by);
          } catch (IOException e) {
            throw InvalidInputException.of(
                "file", "The file could not be received; send it again.");
          }
        });
  }

  @Operation(summary = "The evidence file")
  @GetMapping({BASE + "/{id}/evidence", "/learning/certifications/{id}/evidence"})
  ResponseEntity<byte[]> evidence(@PathVariable long id, CurrentUser viewer) {
    CertificationService.Evidence file = certifications.evidence(id, viewer);
    return Attachments.uncached(
        file.content(), MediaType.parseMediaType(file.type()), file.fileName());
  }
}
