package org.cairnpmo.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.portfolio.domain.ActionData;
import org.cairnpmo.portfolio.domain.ApprovalData;
import org.cairnpmo.portfolio.domain.BusinessCaseView;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.EvaluationView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalFilter;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalSummary;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.RankingEntry;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.cairnpmo.portfolio.domain.ScorersData;
import org.cairnpmo.portfolio.domain.TriageData;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Portfolio: proposals and evaluation",
    description =
        "Intake (anyone signed in proposes; the author shapes the draft; the PMO triages and"
            + " approves), the business case, scorers and their scores, and the ranking.")
@RestController
@RequestMapping("/api/v1/portfolio")
record ProposalApiController(
    ProposalService proposals, EvaluationService evaluation, PortfolioDownloads downloads) {

  @Operation(
      summary = "Proposals you may see",
      description =
          "PMO, administrators and executives see all; others the ones they wrote, sponsor or"
              + " score.")
  @GetMapping("/proposals")
  PageResponse<ProposalSummary> list(
      @Parameter(description = "Part of the title, or a code such as PRO-0042")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "Repeat or separate with commas for several")
          @RequestParam(required = false)
          Set<ProposalStatus> status,
      @Parameter(description = "Only the proposals you wrote") @RequestParam(defaultValue = "false")
          boolean mine,
      @PageQuery.DefaultSize(20) PageQuery paging,
      @Parameter(description = "field,asc|desc; fields: code, title, status, createdAt, updatedAt")
          @RequestParam(required = false)
          List<String> sort,
      CurrentUser me) {
    PageRequest request = paging.request(Paging.parseSort(sort));
    return PageResponse.of(proposals.search(new ProposalFilter(q, status, mine), request, me));
  }

  @Operation(summary = "Propose", description = "Anyone signed in; the proposal starts as a draft.")
  @PostMapping("/proposals")
  ResponseEntity<ProposalView> create(@Valid @RequestBody ProposalData data, CurrentUser me) {
    return VersionedResponses.created(proposals.create(data, me));
  }

  @Operation(summary = "One proposal with its business case; its ETag is its version")
  @GetMapping("/proposals/{id}")
  ResponseEntity<ProposalView> get(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.ok(proposals.get(id, me));
  }

  @Operation(
      summary = "Change a draft",
      description = "The author, while it is a draft. Name the version in If-Match or 'version'.")
  @PutMapping("/proposals/{id}")
  ResponseEntity<ProposalView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody ProposalData data,
      CurrentUser me) {
    return ifMatch.changed(data.version(), expected -> proposals.revise(id, data, expected, me));
  }

  @Operation(
      summary = "The business case: NPV, IRR, payback, discounted payback, ROI by period",
      description =
          "IRR kind UNIQUE, MULTIPLE (cash flows change sign more than once: judge by NPV) or NONE"
              + " (with the reason).")
  @GetMapping("/proposals/{id}/business-case")
  BusinessCaseView businessCase(@PathVariable long id, CurrentUser me) {
    return proposals.businessCase(id, me);
  }

  @Operation(
      summary = "The business case as a printable PDF",
      description =
          "Whoever may see the proposal. The current evaluation (weighted score, spread between"
              + " scorers) is included for the PMO, administrators and executives.")
  @GetMapping("/proposals/{id}/business-case.pdf")
  ResponseEntity<byte[]> businessCasePdf(@PathVariable long id, CurrentUser me) {
    return downloads.businessCasePdf(id, me);
  }

  @Operation(summary = "Submit a draft to the PMO", description = "The author.")
  @PostMapping("/proposals/{id}/submit")
  ResponseEntity<ProposalView> submit(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) ActionData data,
      CurrentUser me) {
    return ifMatch.changed(
        ActionData.versionOf(data), expected -> proposals.submit(id, expected, me));
  }

  @Operation(summary = "Withdraw a proposal", description = "The author or the PMO.")
  @PostMapping("/proposals/{id}/withdraw")
  ResponseEntity<ProposalView> withdraw(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) ActionData data,
      CurrentUser me) {
    String reason = data == null ? null : data.reason();
    return ifMatch.changed(
        ActionData.versionOf(data), expected -> proposals.withdraw(id, reason, expected, me));
  }

  @Operation(
      summary = "Triage a proposal",
      description =
          "PMO and administrators. UNDER_EVALUATION binds it to the active criteria set; REJECTED"
              + " and DEFERRED need a reason.")
  @PostMapping("/proposals/{id}/triage")
  ResponseEntity<ProposalView> triage(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody TriageData data, CurrentUser me) {
    return ifMatch.changed(data.version(), expected -> proposals.triage(id, data, expected, me));
  }

  @Operation(
      summary = "Approve a proposal under evaluation",
      description =
          "PMO and administrators. The project register then creates a project from it"
              + " (asynchronously, right after the approval is stored). The project needs a"
              + " manager: 'managerId' names one (an active person), else the proposal's proposed"
              + " manager goes with it; a proposal without one is approved only with"
              + " 'appointLater': true (otherwise 400, naming managerId).")
  @PostMapping("/proposals/{id}/approve")
  ResponseEntity<ProposalView> approve(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) ApprovalData data,
      CurrentUser me) {
    ApprovalData approval = data == null ? new ApprovalData(null, null, null, null) : data;
    return ifMatch.changed(
        approval.version(), expected -> proposals.approve(id, approval, expected, me));
  }

  // ---- evaluation ---------------------------------------------------------------------------

  @Operation(
      summary = "Assign scorers",
      description = "PMO and administrators, while the proposal is under evaluation.")
  @PostMapping("/proposals/{id}/scorers")
  EvaluationView assignScorers(
      @PathVariable long id, @Valid @RequestBody ScorersData data, CurrentUser me) {
    return evaluation.assignScorers(id, data.userIds(), me);
  }

  @Operation(summary = "Take a scorer off", description = "Only while their scores are open.")
  @DeleteMapping("/proposals/{id}/scorers/{userId}")
  ResponseEntity<Void> unassignScorer(
      @PathVariable long id, @PathVariable long userId, CurrentUser me) {
    evaluation.unassignScorer(id, userId, me);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Every scorer's scores, the weighted score and the spread per criterion",
      description = "PMO, administrators and executives. Scorers read their own at .../mine.")
  @GetMapping("/proposals/{id}/scores")
  EvaluationView scores(@PathVariable long id, CurrentUser me) {
    return evaluation.evaluation(id, me);
  }

  @Operation(summary = "Your own scores for a proposal; its ETag is its version")
  @GetMapping("/proposals/{id}/scores/mine")
  ResponseEntity<ScoreSheetView> myScores(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.ok(evaluation.mySheet(id, me));
  }

  @Operation(
      summary = "Save your scores",
      description = "Until you submit them. Each value on the criterion's scale.")
  @PutMapping("/proposals/{id}/scores/mine")
  ResponseEntity<ScoreSheetView> saveMyScores(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody ScoreSheetData data,
      CurrentUser me) {
    return ifMatch.changed(
        data.version(), expected -> evaluation.saveMySheet(id, data, expected, me));
  }

  @Operation(summary = "Submit your scores", description = "Every criterion must be rated.")
  @PostMapping("/proposals/{id}/scores/mine/submit")
  ResponseEntity<ScoreSheetView> submitMyScores(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) ActionData data,
      CurrentUser me) {
    return ifMatch.changed(
        ActionData.versionOf(data), expected -> evaluation.submitMySheet(id, expected, me));
  }

  @Operation(summary = "Your open score sheets, on proposals under evaluation")
  @GetMapping("/scores/mine")
  List<ScoreSheetView> myOpenSheets(CurrentUser me) {
    return evaluation.myOpenSheets(me);
  }

  @Operation(
      summary = "Proposals under evaluation ranked by weighted score",
      description = "PMO, administrators and executives. Unscored proposals come last, unranked.")
  @GetMapping("/ranking")
  PageResponse<RankingEntry> ranking(PageQuery paging, CurrentUser me) {
    return PageResponse.of(Paging.slice(evaluation.ranking(me), paging.request()));
  }

  @Operation(
      summary = "The ranking as XLSX",
      description =
          "PMO, administrators and executives. Per criterion the mean rating and the spread"
              + " between scorers; a second sheet explains the columns.")
  @GetMapping("/ranking.xlsx")
  ResponseEntity<byte[]> rankingXlsx(CurrentUser me) {
    return downloads.rankingXlsx(me);
  }
}
