package org.cairnpmo.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.PageQuery;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "Who you are, and whom you can pick for a project.")
@RestController
@RequestMapping("/api/v1/users")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeApiController {

  private final UserAccountService accounts;

  @Operation(operationId = "me", summary = "The signed-in person")
  @GetMapping("/me")
  UserSummary me(CurrentUser signedIn) {
    return accounts.find(signedIn.id()).toSummary();
  }

  @Operation(
      operationId = "searchPeople",
      summary = "Find people by name, username or e-mail",
      description = "For picking managers, sponsors and members; not for team members.")
  @PreAuthorize("hasAnyRole('ADMIN', 'PMO', 'RESOURCE_MANAGER', 'PROJECT_MANAGER')")
  @GetMapping
  PageResponse<UserSummary> search(
      @Parameter(description = "Part of the name, username or e-mail")
          @RequestParam(required = false)
          String q,
      @PageQuery.DefaultSize(20) PageQuery paging) {
    var pageable = paging.request(Sort.by("displayName", "username"));
    return PageResponse.of(accounts.search(q, pageable), User::toSummary);
  }
}
