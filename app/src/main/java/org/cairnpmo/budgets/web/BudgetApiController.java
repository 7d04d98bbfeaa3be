package org.cairnpmo.budgets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.ActualView;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.ImportResult;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = BudgetApiController.TAG, description = BudgetApiController.TAG_DESCRIPTION)
@RestController
@RequestMapping(BudgetDocumentApi.PROJECT)
record BudgetApiController(BudgetService budgets) {

  static final String TAG = "Budgets and earned value";
  static final String TAG_DESCRIPTION =
      "A project's time-phased budget, monthly progress, actual costs (entered or imported from"
          + " CSV/XLSX, all or nothing) and earned value. Read by whoever sees the project;"
          + " changed by its manager, the PMO and administrators.";

  @Operation(operationId = "listActuals", summary = "Actual costs, latest month first")
  @GetMapping("/actuals")
  PageResponse<ActualView> actuals(
      @PathVariable long projectId, PageQuery paging, CurrentUser viewer) {
    return PageResponse.of(budgets.actuals(projectId, paging.page(), paging.size(), viewer));
  }

  @Operation(
      operationId = "addActual",
      summary = "Record one actual cost (manager or PMO)",
      description = "Give a date or a period (YYYY-MM); if both, the date must lie in the period.")
  @PostMapping("/actuals")
  ResponseEntity<ActualView> addActual(
      @PathVariable long projectId, @RequestBody ActualData data, CurrentUser editor) {
    ActualView created = budgets.addActual(projectId, data, editor);
    return ResponseEntity.created(VersionedResponses.below(created.id())).body(created);
  }

  @Operation(
      operationId = "importActuals",
      summary = "Import actual costs from a CSV or XLSX file: all rows or none (manager or PMO)",
      description =
          "Columns (first row, any order): period (YYYY-MM) or date (YYYY-MM-DD), category (LABOUR,"
              + " MATERIAL, OTHER), cost type (CAPEX, OPEX), amount, description, reference. CSV"
              + " separated by ',' or ';'. If any row is wrong nothing is stored and the answer is"
              + " 400 with 'errors': one entry per problem with its row number (the header is row"
              + " 1).")
  @PostMapping(value = "/actuals/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportResult> importActuals(
      @PathVariable long projectId, @RequestPart("file") MultipartFile file, CurrentUser editor)
      throws IOException {
    ImportResult result =
        budgets.importActuals(projectId, file.getOriginalFilename(), file.getBytes(), editor);
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  @Operation(
      operationId = "getEarnedValue",
      summary = "Earned value now (PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI) and by month",
      description =
          "Undefined figures (e.g. CPI before anything was spent) have no value and an"
              + " 'undefinedReason'. 'method' overrides the project's EAC formula for this answer.")
  @GetMapping("/evm")
  EvmView evm(
      @PathVariable long projectId,
      @RequestParam(required = false) EacMethod method,
      CurrentUser viewer) {
    return budgets.earnedValue(projectId, method, viewer);
  }
}
