package org.cairnpmo.resources.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.resources.timesheets.domain.LineTarget;
import org.cairnpmo.resources.timesheets.domain.TimesheetData;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.resources.timesheets.domain.TimesheetStatus;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Timesheets",
    description =
        "Weekly timesheets of the people of the pool, Monday to Sunday. A line is an approved"
            + " resource request of the person (requestId), a task of a project's plan (projectId"
            + " and taskId) or a project with a free-text activity (projectId and activity), with"
            + " seven daily hours from Monday, 0 to 24, at most 24 a day over all lines, none on a"
            + " request outside its period and none on a day of the person's absences. A person"
            + " saves their own week as a DRAFT (whole, If-Match; the first save names version 0),"
            + " SUBMITs it, and a resource manager, the PMO, an administrator or the manager of"
            + " every project on it APPROVEs it (locked for good; the labour cost reaches the"
            + " projects' actual costs) or returns it with a reason (back to DRAFT). A project's"
            + " manager sees only the lines on their projects; labourCost is null for those who"
            + " may not see cost rates. A week you may not see answers 404.")
@RestController
record TimesheetApiController(TimesheetService timesheets) {

  private static final String BASE = "/api/v1/timesheets";
  private static final String MINE = BASE + "/mine/{week}";

  /** Why a week goes back to its person. */
  record Reason(String reason) {}

  @Operation(
      operationId = "listTimesheets",
      summary = "The weeks you see, newest first: your own, your projects' or, for approvers, all")
  @GetMapping(BASE)
  PageResponse<TimesheetView> list(
      @Parameter(description = "Only weeks in this status") @RequestParam(required = false)
          TimesheetStatus status,
      @Parameter(description = "Only the week starting on this Monday")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate week,
      PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(timesheets.list(status, week, paging.page(), paging.size(), viewer));
  }

  @Operation(
      operationId = "timesheetApprovalQueue",
      summary = "Submitted weeks waiting for your approval, oldest week first")
  @GetMapping(BASE + "/queue")
  PageResponse<TimesheetView> queue(PageQuery paging, CurrentUser viewer) {
    return PageResponse.of(timesheets.queue(paging.page(), paging.size(), viewer));
  }

  @Operation(operationId = "getTimesheet", summary = "One week, as you may see it")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<TimesheetView> get(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(timesheets.get(id, viewer));
  }

  @Operation(
      operationId = "getMyTimesheet",
      summary = "Your week starting on a Monday; an empty draft of version 0 when not saved yet")
  @GetMapping(MINE)
  ResponseEntity<TimesheetView> mine(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, CurrentUser me) {
    return VersionedResponses.ok(timesheets.mine(week, me));
  }

  @Operation(
      operationId = "saveMyTimesheet",
      summary = "Save your week whole as a draft (If-Match or the body's version; 0 when new)")
  @PutMapping(MINE)
  ResponseEntity<TimesheetView> save(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      IfMatch ifMatch,
      @RequestBody TimesheetData body,
      CurrentUser me) {
    return ifMatch.changed(
        body == null ? null : body.version(), v -> timesheets.saveMine(week, body, v, me));
  }

  @Operation(
      operationId = "copyLastWeek",
      summary = "Add last week's lines, without their hours, to your week (If-Match; 0 when new)")
  @PostMapping(MINE + "/copy-last-week")
  ResponseEntity<TimesheetView> copyLastWeek(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      IfMatch ifMatch,
      CurrentUser me) {
    return ifMatch.changed(v -> timesheets.copyLastWeek(week, v, me));
  }

  @Operation(
      operationId = "timesheetTargets",
      summary = "What you may book hours on: your approved requests, your projects and their tasks")
  @GetMapping(BASE + "/mine/targets")
  List<LineTarget> targets(CurrentUser me) {
    return timesheets.targets(me);
  }

  @Operation(operationId = "submitTimesheet", summary = "Submit your week for approval")
  @PostMapping(BASE + "/{id}/submit")
  ResponseEntity<TimesheetView> submit(@PathVariable long id, IfMatch ifMatch, CurrentUser me) {
    return ifMatch.changed(v -> timesheets.submit(id, v, me));
  }

  @Operation(
      operationId = "approveTimesheet",
      summary = "Approve a submitted week, which locks it and books its labour cost")
  @PostMapping(BASE + "/{id}/approve")
  ResponseEntity<TimesheetView> approve(
      @PathVariable long id, IfMatch ifMatch, CurrentUser viewer) {
    return ifMatch.changed(v -> timesheets.approve(id, v, viewer));
  }

  @Operation(
      operationId = "returnTimesheet",
      summary = "Return a submitted week to its person as a draft, saying why")
  @PostMapping(BASE + "/{id}/return")
  ResponseEntity<TimesheetView> giveBack(
      @PathVariable long id, IfMatch ifMatch, @RequestBody Reason body, CurrentUser viewer) {
    return ifMatch.changed(
        v -> timesheets.returnToPerson(id, body == null ? null : body.reason(), v, viewer));
  }
}
