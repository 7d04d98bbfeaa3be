package org.cairnpmo.control.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.NamedOperations;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One kind of RAID entry's own endpoints below the kind's list: log one, read one, change one. The
 * five kinds differ only in their data and view, so each is a small subclass naming its address;
 * its lists and filters stay in {@link RaidApiController}, being different for every kind.
 *
 * <p>Each kind's operations keep their own names in the API description (logRisk, getIssue,
 * updateDecision, ...): every kind names the operations of its own class ({@link NamedOperations}).
 */
@Tag(name = RaidApiController.TAG, description = RaidApiController.TAG_DESCRIPTION)
abstract class RaidEntryApi<D extends Record, V extends Record & RaidEntryView>
    extends NamedOperations.Given {

  private final RaidLog raid;
  private final RaidWebKind<D, V> kind;

  RaidEntryApi(RaidLog raid, RaidWebKind<D, V> kind, String logSummary, String updateSummary) {
    super(operationNames(kind.kind().label(), logSummary, updateSummary));
    this.raid = raid;
    this.kind = kind;
  }

  private static Map<String, OperationName> operationNames(
      String label, String logSummary, String updateSummary) {
    return Map.of(
        "log", new OperationName("log" + label, logSummary),
        "get",
            new OperationName(
                "get" + label,
                "One " + label.toLowerCase(Locale.ROOT) + "; its ETag is its version"),
        "update", new OperationName("update" + label, updateSummary));
  }

  @PostMapping
  ResponseEntity<V> log(
      @PathVariable long projectId, @Valid @RequestBody D data, CurrentUser user) {
    return VersionedResponses.created(raid.log(kind.type(), projectId, data, user));
  }

  @GetMapping("/{id}")
  ResponseEntity<V> get(@PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return VersionedResponses.ok(raid.get(kind.type(), projectId, id, user));
  }

  @PutMapping("/{id}")
  ResponseEntity<V> update(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody D data,
      CurrentUser user) {
    return ifMatch.changed(
        kind.dataVersion().apply(data),
        expected -> raid.revise(kind.type(), projectId, id, data, expected, user));
  }

  @RestController
  @RequestMapping(RaidApiController.BASE + "/risks")
  static class Risks extends RaidEntryApi<RiskData, RiskView> {

    Risks(RaidLog raid) {
      super(raid, RaidWebKind.RISK, "Log a risk", "Change a risk (status OPEN or CLOSED)");
    }
  }

  @RestController
  @RequestMapping(RaidApiController.BASE + "/issues")
  static class Issues extends RaidEntryApi<IssueData, IssueView> {

    Issues(RaidLog raid) {
      super(raid, RaidWebKind.ISSUE, "Log an issue", "Change an issue");
    }
  }

  @RestController
  @RequestMapping(RaidApiController.BASE + "/assumptions")
  static class Assumptions extends RaidEntryApi<AssumptionData, AssumptionView> {

    Assumptions(RaidLog raid) {
      super(raid, RaidWebKind.ASSUMPTION, "Log an assumption", "Change or validate an assumption");
    }
  }

  @RestController
  @RequestMapping(RaidApiController.BASE + "/decisions")
  static class Decisions extends RaidEntryApi<DecisionData, DecisionView> {

    Decisions(RaidLog raid) {
      super(raid, RaidWebKind.DECISION, "Log a decision", "Change a decision");
    }
  }

  @RestController
  @RequestMapping(RaidApiController.BASE + "/dependencies")
  static class Dependencies extends RaidEntryApi<DependencyData, DependencyView> {

    Dependencies(RaidLog raid) {
      super(
          raid,
          RaidWebKind.DEPENDENCY,
          "Log a dependency on (or from) another project you can see",
          "Change a dependency");
    }
  }
}
