package org.cairnpmo.budgets.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.function.Function;
import org.cairnpmo.budgets.domain.BudgetData;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.BudgetView;
import org.cairnpmo.budgets.domain.ProgressData;
import org.cairnpmo.budgets.domain.ProgressView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.NamedOperations;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One of the two parts of a project's budget plan that are read and replaced whole (the time-phased
 * budget, the monthly progress) at its own address below the project: read it with the plan's
 * version as ETag, replace it naming the version read. The two differ only in their data, view and
 * service calls, so each is a small subclass naming its operations ({@link NamedOperations}); the
 * actual costs, entered one by one, are {@link BudgetApiController}'s.
 */
abstract class BudgetDocumentApi<D, V extends Versioned> extends NamedOperations.Given {

  static final String PROJECT = "/api/v1/projects/{projectId}";

  /** The document as the viewer may see it. */
  interface Read<V> {
    V of(long projectId, CurrentUser viewer);
  }

  /** The document replaced, if {@code expected} is still the plan's version. */
  interface Replace<D, V> {
    V with(long projectId, D data, long expected, CurrentUser editor);
  }

  private final Read<V> read;
  private final Replace<D, V> replace;
  private final Function<D, Long> version;

  BudgetDocumentApi(
      Read<V> read,
      Replace<D, V> replace,
      Function<D, Long> version,
      Map<String, OperationName> operationNames) {
    super(operationNames);
    this.read = read;
    this.replace = replace;
    this.version = version;
  }

  @GetMapping
  ResponseEntity<V> get(@PathVariable long projectId, CurrentUser viewer) {
    return VersionedResponses.ok(read.of(projectId, viewer));
  }

  @PutMapping
  ResponseEntity<V> put(
      @PathVariable long projectId, IfMatch ifMatch, @RequestBody D data, CurrentUser editor) {
    return ifMatch.changed(
        version.apply(data), expected -> replace.with(projectId, data, expected, editor));
  }

  @RestController
  @RequestMapping(PROJECT + "/budget")
  @Tag(name = BudgetApiController.TAG, description = BudgetApiController.TAG_DESCRIPTION)
  static class Budget extends BudgetDocumentApi<BudgetData, BudgetView> {

    Budget(BudgetService budgets) {
      super(
          budgets::budget,
          budgets::saveBudget,
          BudgetData::version,
          Map.of(
              "get",
              new OperationName(
                  "getBudget",
                  "The time-phased budget: lines by month, category and cost type; ETag = version",
                  "Version 0 means no budget was saved yet. 'warning' is set when the total"
                      + " differs from the budget in the project register."),
              "put",
              new OperationName(
                  "putBudget",
                  "Replace the time-phased budget (manager or PMO)",
                  "Send every line; lines of zero are dropped. Needs the version you read (0 for"
                      + " the first budget) in If-Match or 'version'; a stale version answers"
                      + " 409.")));
    }
  }

  @RestController
  @RequestMapping(PROJECT + "/progress")
  @Tag(name = BudgetApiController.TAG, description = BudgetApiController.TAG_DESCRIPTION)
  static class Progress extends BudgetDocumentApi<ProgressData, ProgressView> {

    Progress(BudgetService budgets) {
      super(
          budgets::progress,
          budgets::saveProgress,
          ProgressData::version,
          Map.of(
              "get",
              new OperationName(
                  "getProgress",
                  "Cumulative percent complete by month; ETag = the budget's version"),
              "put",
              new OperationName(
                  "putProgress",
                  "Replace the monthly progress (manager or PMO)",
                  "Needs the budget's version you read in If-Match or 'version'.")));
    }
  }
}
