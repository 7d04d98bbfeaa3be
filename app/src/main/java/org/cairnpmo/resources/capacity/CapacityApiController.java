package org.cairnpmo.resources.capacity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Capacity",
    description =
        "Capacity against demand for the pool, by person, role, skill or department and by week"
            + " or month. Capacity: hours per week × part time, shaped by the person's own week or"
            + " the organization calendar, without holidays, absences and days outside the"
            + " availability period. Demand: accepted and approved requests book their person"
            + " ('booked'); requests not decided yet are 'requested'. Each row's arrays have one"
            + " entry per period; a cause's 'hours' start at its 'firstPeriod'. Requests of"
            + " projects you may not see are counted in one OTHER_COMMITMENTS cause per row."
            + " Plan tasks' resource requirements that no request of their project covers count"
            + " as requested (PLANNED causes). With 'scenario', the proposals a portfolio"
            + " selection scenario selects add their demand per role ('scenario' hours, SCENARIO"
            + " causes, 'whatIf'); roles the role catalog does not know get rows of their own.")
@RestController
record CapacityApiController(CapacityService capacity, Clock clock) {

  @Operation(
      operationId = "capacityGrid",
      summary =
          "Capacity, booked and requested hours per row and period, with the requests behind"
              + " them (resource managers, project managers, the PMO, executives, administrators)")
  @GetMapping("/api/v1/resources/capacity")
  CapacityReport grid(
      @Parameter(description = "First day, a Monday (default: this week's)")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "Number of weeks, 1 to 104 (default 52)")
          @RequestParam(required = false)
          String weeks,
      @Parameter(description = "person, role, skill or department (default person)")
          @RequestParam(required = false)
          String groupBy,
      @Parameter(description = "week or month (default week)") @RequestParam(required = false)
          String period,
      @Parameter(
              description =
                  "What-if: the id of a portfolio selection scenario whose selected proposals'"
                      + " resource demand is added per role (rows by role unless groupBy says"
                      + " otherwise). The PMO, executives and administrators; for anyone else"
                      + " and for a scenario that does not exist: 404")
          @RequestParam(required = false)
          String scenario,
      CurrentUser viewer) {
    Long scenarioId = CapacityQuery.scenario(scenario);
    return capacity.report(
        CapacityQuery.parse(
            from, weeks, CapacityQuery.groupBy(groupBy, scenarioId), period, LocalDate.now(clock)),
        scenarioId,
        viewer);
  }
}
