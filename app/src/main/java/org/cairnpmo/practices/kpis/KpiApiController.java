package org.cairnpmo.practices.kpis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: KPIs",
    description =
        "The PMO's standard KPIs over the measures Cairn computes, per project, department and"
            + " portfolio, now and month by month from the snapshots. Every figure is over the"
            + " projects the caller may see.")
@RestController
record KpiApiController(
    KpiService definitions, KpiBoard board, KpiSnapshots snapshots, KpiWorkbook workbook) {

  static final String BASE = "/api/v1/practices/kpis";

  @Operation(summary = "The KPI definitions, by name")
  @GetMapping(BASE)
  PageResponse<KpiView> list(PageQuery paging) {
    return PageResponse.of(Paging.slice(definitions.definitions(), paging.request()));
  }

  /** A measure a KPI may choose, with its usual unit, direction and thresholds. */
  record MeasureJson(
      KpiMeasure measure,
      String label,
      String formula,
      String unit,
      String aggregation,
      KpiDirection direction,
      BigDecimal green,
      BigDecimal red) {}

  @Operation(summary = "The measures Cairn computes, with how each is aggregated")
  @GetMapping(BASE + "/measures")
  List<MeasureJson> measures() {
    return Arrays.stream(KpiMeasure.values())
        .map(
            m ->
                new MeasureJson(
                    m,
                    m.label(),
                    m.formula(),
                    m.defaultUnit(),
                    m.aggregation().label(),
                    m.defaultDirection(),
                    m.defaultGreen(),
                    m.defaultRed()))
        .toList();
  }

  @Operation(summary = "Define a KPI", description = "PMO and administrators.")
  @PostMapping(BASE)
  ResponseEntity<KpiView> define(@Valid @RequestBody KpiData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, definitions.define(data, by));
  }

  @Operation(summary = "One KPI definition; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<KpiView> one(@PathVariable long id) {
    return VersionedResponses.ok(definitions.definition(id));
  }

  @Operation(
      summary = "Change a KPI definition",
      description = "PMO and administrators. Name the version in If-Match or 'version'.")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<KpiView> revise(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody KpiData data, CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> definitions.revise(id, data, expected, by));
  }

  @Operation(
      summary = "The portfolio's KPIs now and over the last months",
      description = "Over the projects the caller may see; months from 0 to 36.")
  @GetMapping(BASE + "/portfolio")
  KpiBoard.Board portfolio(@RequestParam(defaultValue = "12") int months, CurrentUser viewer) {
    return board.portfolio(months(months), viewer);
  }

  @Operation(summary = "A department's KPIs now and over the last months")
  @GetMapping(BASE + "/departments/{departmentId}")
  KpiBoard.Board department(
      @PathVariable long departmentId,
      @RequestParam(defaultValue = "12") int months,
      CurrentUser viewer) {
    return board.department(departmentId, months(months), viewer);
  }

  @Operation(
      summary = "A project's KPIs now and over the last months",
      description = "404 for a project the caller may not see.")
  @GetMapping(BASE + "/projects/{projectId}")
  KpiBoard.Board project(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "12") int months,
      CurrentUser viewer) {
    return board.project(projectId, months(months), viewer);
  }

  @Operation(summary = "Each unfinished project's current figure of one KPI, by code")
  @GetMapping(BASE + "/{id}/projects")
  PageResponse<KpiBoard.ProjectFigure> projects(
      @PathVariable long id,
      @RequestParam(required = false) Long departmentId,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(board.projects(id, departmentId, paging.request(), viewer));
  }

  @Operation(
      summary = "Take the current month's snapshot now",
      description =
          "PMO and administrators. Idempotent: the month's figures are replaced by the same"
              + " computation.")
  @PostMapping(BASE + "/snapshots")
  KpiSnapshots.Taken snapshot(CurrentUser by) {
    return snapshots.takeNow(by);
  }

  @Operation(summary = "The KPIs as an Excel workbook")
  @GetMapping(value = BASE + "/workbook", produces = Attachments.XLSX_VALUE)
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "12") int months, CurrentUser viewer) {
    return Attachments.uncached(
        workbook.write(months(months), viewer), Attachments.XLSX, "cairn-kpis.xlsx");
  }

  static int months(int months) {
    if (months < 0 || months > KpiBoard.MAX_MONTHS) {
      throw InvalidInputException.of(
          "months", "Ask for 0 to " + KpiBoard.MAX_MONTHS + " months of trend.");
    }
    return months;
  }
}
