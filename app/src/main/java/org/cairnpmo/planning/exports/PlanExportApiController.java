package org.cairnpmo.planning.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Planning files",
    description =
        "A project's plan as MS Project XML (MSPDI), Primavera PMXML or XER, its task table as"
            + " XLSX and its milestones as an iCalendar feed; whoever sees the project reads them.")
@RestController
record PlanExportApiController(PlanFiles files, ProjectsApi projects) {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  @Operation(
      operationId = "exportPlanFile",
      summary = "The plan as a file MS Project (MSPDI) or Primavera (PMXML, XER) opens",
      description =
          "Tasks in outline order with durations, constraints, deadlines, progress and Cairn's"
              + " dates, links with their lags, calendars (each complete, what it inherits"
              + " resolved into it), resources, assignments and baselines. MSPDI by default.")
  @GetMapping({"/api/v1/projects/{projectId}/plan/file", "/projects/{projectId}/plan/file"})
  ResponseEntity<byte[]> planFile(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "MSPDI") PlanFileWriter.Format format,
      CurrentUser me) {
    PlanFiles.Document file = files.planFile(projectId, format, me);
    projects.recordExport("Plan file " + format, Set.of(projectId));
    return Attachments.of(
        file.body(), MediaType.parseMediaType(format.mediaType()), file.fileName());
  }

  @Operation(
      operationId = "exportPlanTasks",
      summary = "The plan's task table as XLSX (outline order, dates as dates, days as numbers)")
  @GetMapping({
    "/api/v1/projects/{projectId}/plan/tasks.xlsx",
    "/projects/{projectId}/plan/tasks.xlsx"
  })
  ResponseEntity<byte[]> taskSheet(@PathVariable long projectId, CurrentUser me) {
    PlanFiles.Document file = files.taskSheet(projectId, me);
    projects.recordExport("Plan tasks XLSX", Set.of(projectId));
    return Attachments.of(file.body(), Attachments.XLSX, file.fileName());
  }

  @Operation(
      operationId = "planMilestoneFeed",
      summary = "The plan's milestones as an iCalendar (RFC 5545) feed")
  @GetMapping({
    "/api/v1/projects/{projectId}/plan/milestones.ics",
    "/projects/{projectId}/plan/milestones.ics"
  })
  ResponseEntity<byte[]> projectFeed(@PathVariable long projectId, CurrentUser me) {
    return ResponseEntity.ok().contentType(CALENDAR).body(files.projectFeed(projectId, me));
  }

  @Operation(
      operationId = "myMilestoneFeed",
      summary = "My milestones as an iCalendar (RFC 5545) feed",
      description =
          "The milestones of the plans of the open projects the caller may see and takes part in"
              + " (as manager, sponsor or member). A calendar application subscribes with HTTP"
              + " Basic or a personal access token.")
  @GetMapping("/api/v1/users/me/milestones.ics")
  ResponseEntity<byte[]> personalFeed(CurrentUser me) {
    return ResponseEntity.ok().contentType(CALENDAR).body(files.personalFeed(me));
  }
}
