package org.cairnpmo.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.domain.Notices;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Notices",
    description =
        "What the application told you about the steps of resource requests and timesheets that"
            + " concern you (the same goes by mail where mail is configured). Everyone sees and"
            + " marks only their own notices.")
@RestController
record NoticeApiController(Notices notices) {

  private static final String BASE = "/api/v1/resources/notices";

  /** How many notices were marked read. */
  record Marked(int marked) {}

  @Operation(operationId = "listMyNotices", summary = "Your notices, newest first")
  @GetMapping(BASE)
  PageResponse<NoticeView> mine(
      @Parameter(description = "Only those not marked read yet")
          @RequestParam(defaultValue = "false")
          boolean unread,
      PageQuery paging,
      CurrentUser me) {
    return PageResponse.of(notices.mine(unread, paging.page(), paging.size(), me));
  }

  @Operation(
      operationId = "markMyNoticesRead",
      summary = "Marks your unread notices read, up to the one with id upTo (all without it)")
  @PostMapping(BASE + "/read")
  Marked read(
      @Parameter(description = "The newest notice you have seen") @RequestParam(required = false)
          Long upTo,
      CurrentUser me) {
    return new Marked(notices.markRead(upTo, me));
  }
}
