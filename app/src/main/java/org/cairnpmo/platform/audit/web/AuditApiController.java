package org.cairnpmo.platform.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.audit.AuditEntry;
import org.cairnpmo.platform.audit.AuditLog;
import org.cairnpmo.platform.web.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Audit log",
    description =
        "Sign-ins, failed sign-ins, lockouts, sign-outs, API tokens, role, department and"
            + " membership changes, account activation, and exports of confidential data."
            + " Administrators only.")
@RestController
@RequiredArgsConstructor
class AuditApiController {

  private final AuditLog audit;

  @Operation(summary = "The audit log, newest first, filtered by who, kind and days (UTC)")
  @GetMapping("/api/v1/admin/audit")
  @PreAuthorize("hasRole('ADMIN')")
  PageResponse<AuditEntry> list(
      @Parameter(description = "A username, exact (any case)") @RequestParam(required = false)
          String who,
      @Parameter(description = "e.g. SIGN_IN_FAILED, ROLES_CHANGED, CONFIDENTIAL_EXPORT")
          @RequestParam(required = false)
          String kind,
      @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
      @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
      PageQuery paging) {
    return PageResponse.of(
        audit.search(new AuditQuery(who, kind, from, to).filter(), paging.request()));
  }
}
