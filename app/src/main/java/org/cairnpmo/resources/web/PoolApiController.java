package org.cairnpmo.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.PoolFilter;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = PoolApiController.TAG, description = PoolApiController.TAG_DESCRIPTION)
@RestController
@RequestMapping("/api/v1/resources")
record PoolApiController(PoolService pool) {

  static final String TAG = "Resources";
  static final String TAG_DESCRIPTION =
      "The pool of people (skills, capacity, working week, absences, cost rates with their"
          + " history), the catalog of generic roles, and equipment and facilities. Everyone"
          + " signed in reads names, roles and skills; cost rates are shown, and the pool"
          + " changed, only to resource managers, the PMO and administrators (rates are null"
          + " for anyone else).";

  @Operation(
      operationId = "listPeople",
      summary =
          "The pool, by name: search by name, department, generic role or skill; those who staff"
              + " also by competency level and certification")
  @GetMapping("/people")
  PageResponse<PersonView> people(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long departmentId,
      @RequestParam(required = false) Long roleId,
      @RequestParam(required = false) String skill,
      @Parameter(description = "A competency of learning's framework (those who staff)")
          @RequestParam(required = false)
          String competency,
      @Parameter(description = "The least level in it, 1-5 (1 when absent)")
          @RequestParam(required = false)
          Integer competencyLevel,
      @Parameter(description = "A valid certification of this scheme (those who staff)")
          @RequestParam(required = false)
          CertificationKind certification,
      PageQuery paging,
      @Parameter(description = "name or name,desc") @RequestParam(required = false)
          List<String> sort,
      CurrentUser viewer) {
    Sort order = Sort.by(Paging.sortOrders(Paging.parseSort(sort), PoolService.SORTABLE));
    return PageResponse.of(
        pool.search(
            new PoolFilter(
                q, departmentId, roleId, skill, competency, competencyLevel, certification),
            paging.request(order),
            viewer));
  }

  @Operation(
      operationId = "createPerson",
      summary = "Add a person to the pool (resource managers, PMO, administrators)")
  @PostMapping("/people")
  ResponseEntity<PersonView> createPerson(@RequestBody PersonData data, CurrentUser editor) {
    return VersionedResponses.created(pool.create(data, editor));
  }

  @Operation(operationId = "getPerson", summary = "One person of the pool; ETag = version")
  @GetMapping("/people/{id}")
  ResponseEntity<PersonView> person(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(pool.get(id, viewer));
  }

  @Operation(
      operationId = "updatePerson",
      summary =
          "Change a person (not their rates); the version you edited in If-Match or 'version'")
  @PutMapping("/people/{id}")
  ResponseEntity<PersonView> updatePerson(
      @PathVariable long id, IfMatch ifMatch, @RequestBody PersonData data, CurrentUser editor) {
    return ifMatch.changed(
        data.version(), expected -> pool.update(id, data.editing(expected), editor));
  }

  @Operation(
      operationId = "addRate",
      summary = "A new cost rate per hour from a date on (replaces a rate starting that day)",
      description =
          "The person's version in If-Match. The rate on a day is the latest one from on or"
              + " before it.")
  @PostMapping("/people/{id}/rates")
  ResponseEntity<PersonView> addRate(
      @PathVariable long id, IfMatch ifMatch, @RequestBody RateData data, CurrentUser editor) {
    return ifMatch.changed(expected -> pool.addRate(id, data, expected, editor));
  }

  @Operation(operationId = "removeRate", summary = "Remove the rate that starts on a date")
  @DeleteMapping("/people/{id}/rates/{from}")
  ResponseEntity<PersonView> removeRate(
      @PathVariable long id,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      IfMatch ifMatch,
      CurrentUser editor) {
    return ifMatch.changed(expected -> pool.removeRate(id, from, expected, editor));
  }

  /** The rate of one person on one day. */
  record RateOnDay(LocalDate on, BigDecimal hourlyRate) {}

  @Operation(
      operationId = "getRateOn",
      summary = "The cost rate per hour on a day (null before the first rate)",
      description = "Resource managers, the PMO and administrators only.")
  @GetMapping("/people/{id}/rate")
  RateOnDay rateOn(
      @PathVariable long id,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      CurrentUser viewer) {
    if (!ResourcesAccess.seesRates(viewer)) {
      throw new AccessDeniedException(
          "Only resource managers, the PMO and administrators see cost rates");
    }
    return new RateOnDay(on, pool.rateOn(id, on));
  }
}
