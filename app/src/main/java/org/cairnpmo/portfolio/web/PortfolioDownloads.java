package org.cairnpmo.portfolio.web;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The downloads of the proposal pages, at their own paths beside the pages; the API answers its
 * downloads here too, so both serve the same bytes. What the reader may see decides what the
 * document holds, exactly as on the page.
 */
@Controller
record PortfolioDownloads(
    ProposalService proposals, EvaluationService evaluation, PortfolioDocuments documents) {

  /** The business case; its evaluation only for those who see everyone's scores. */
  @GetMapping("/portfolio/proposals/{id}/business-case.pdf")
  ResponseEntity<byte[]> businessCasePdf(@PathVariable long id, CurrentUser reader) {
    ProposalView proposal = proposals.get(id, reader);
    return Attachments.of(
        documents.businessCase(
            proposal,
            proposal.permissions().seeScores() ? evaluation.evaluation(id, reader) : null),
        MediaType.APPLICATION_PDF,
        PortfolioDocuments.businessCaseFilename(proposal));
  }

  @GetMapping("/portfolio/ranking.xlsx")
  ResponseEntity<byte[]> rankingXlsx(CurrentUser reader) {
    return Attachments.of(
        documents.ranking(evaluation.rankingWithCriteria(reader)),
        Attachments.XLSX,
        "ranking.xlsx");
  }
}
