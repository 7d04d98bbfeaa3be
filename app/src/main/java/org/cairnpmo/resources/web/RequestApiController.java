package org.cairnpmo.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.RequestService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Resource requests",
    description =
        "A project asks for a role or a named person (skills, hours per week over a period,"
            + " priority). Workflow: REQUESTED, then PROPOSED when a resource manager names a"
            + " person; the project's manager accepts (ACCEPTED) or declines (back to REQUESTED,"
            + " with a reason); a resource manager approves an accepted request (APPROVED) or"
            + " rejects one that is not decided (REJECTED, with a reason). Each step is in"
            + " 'history'. A project you may not see answers 404, as do its requests.")
@RestController
record RequestApiController(RequestService requests) {

  private static final String BASE = "/api/v1/projects/{projectId}/resource-requests";

  /** A person to propose. */
  record Proposal(Long personId) {}

  /** Why a request is rejected or a person declined. */
  record Reason(String reason) {}

  @Operation(operationId = "listResourceRequests", summary = "The project's requests, newest first")
  @GetMapping(BASE)
  PageResponse<RequestView> list(
      @PathVariable long projectId, PageQuery paging, CurrentUser viewer) {
    return PageResponse.of(requests.list(projectId, paging.page(), paging.size(), viewer));
  }

  @Operation(
      operationId = "createResourceRequest",
      summary = "Request a role or a named person (the project's manager, the PMO, administrators)")
  @PostMapping(BASE)
  ResponseEntity<RequestView> create(
      @PathVariable long projectId, @RequestBody RequestData data, CurrentUser editor) {
    return VersionedResponses.created(requests.create(projectId, data, editor));
  }

  @Operation(operationId = "getResourceRequest", summary = "One request with its history")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<RequestView> get(
      @PathVariable long projectId, @PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(requests.get(projectId, id, viewer));
  }

  @Operation(operationId = "proposePerson", summary = "Propose a person (resource managers)")
  @PostMapping(BASE + "/{id}/propose")
  ResponseEntity<RequestView> propose(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody Proposal body,
      CurrentUser user) {
    return ifMatch.changed(v -> requests.propose(projectId, id, body.personId(), v, user));
  }

  @Operation(operationId = "acceptPerson", summary = "Accept the proposed person (the project)")
  @PostMapping(BASE + "/{id}/accept")
  ResponseEntity<RequestView> accept(
      @PathVariable long projectId, @PathVariable long id, IfMatch ifMatch, CurrentUser user) {
    return ifMatch.changed(v -> requests.accept(projectId, id, v, user));
  }

  @Operation(operationId = "declinePerson", summary = "Decline the proposed person, saying why")
  @PostMapping(BASE + "/{id}/decline")
  ResponseEntity<RequestView> decline(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody Reason body,
      CurrentUser user) {
    return ifMatch.changed(v -> requests.decline(projectId, id, body.reason(), v, user));
  }

  @Operation(operationId = "approveRequest", summary = "Approve an accepted request")
  @PostMapping(BASE + "/{id}/approve")
  ResponseEntity<RequestView> approve(
      @PathVariable long projectId, @PathVariable long id, IfMatch ifMatch, CurrentUser user) {
    return ifMatch.changed(v -> requests.approve(projectId, id, v, user));
  }

  @Operation(operationId = "rejectRequest", summary = "Reject a request, saying why")
  @PostMapping(BASE + "/{id}/reject")
  ResponseEntity<RequestView> reject(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody Reason body,
      CurrentUser user) {
    return ifMatch.changed(v -> requests.reject(projectId, id, body.reason(), v, user));
  }

  @Operation(
      operationId = "waitingResourceRequests",
      summary =
          "What waits for me: requests to staff or approve, or people proposed to my projects")
  @GetMapping("/api/v1/resources/requests/waiting")
  List<RequestView> waiting(CurrentUser viewer) {
    return requests.waitingFor(viewer);
  }
}
