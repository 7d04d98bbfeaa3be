package org.cairnpmo.platform.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.history.ChangeSet;
import org.cairnpmo.platform.history.HistoryViews;
import org.cairnpmo.platform.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "History",
    description =
        "Who changed what, from what to what, and when, for every kind of record people edit."
            + " A record the caller may not see answers 404 like a missing one.")
@RestController
@RequiredArgsConstructor
class HistoryApiController {

  private final HistoryViews history;

  @Operation(summary = "The history of one record, one change set per entry, newest first")
  @GetMapping("/api/v1/history")
  PageResponse<ChangeSet> history(
      @Parameter(description = "The kind of record, e.g. risk, proposal, status-report")
          @RequestParam
          String kind,
      @RequestParam long id,
      @PageQuery.DefaultSize(20) PageQuery paging) {
    return PageResponse.of(history.of(kind, id, paging.request()));
  }
}
