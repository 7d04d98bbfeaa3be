package org.cairnpmo.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.archive.search.CairnSearch;
import org.cairnpmo.archive.search.SearchRequest;
import org.cairnpmo.archive.search.SearchResults;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search across Cairn. */
@Tag(
    name = "Search",
    description =
        "One search over projects, proposals, documents (their text), lessons learned, status"
            + " reports and RAID entries. Only what the caller may see is found or counted.")
@RestController
record SearchApiController(CairnSearch search) {

  @Operation(
      summary = "Search across Cairn, with highlighted snippets and facet counts",
      description =
          "Every word of q must match (a near spelling counts), ranked by BM25 with the title"
              + " weighing more. Facet counts (kind, project, department, type, year) are over"
              + " every hit, and only over records the caller may see: a confidential project's"
              + " records are neither found nor counted for someone outside it. Titles and"
              + " snippets are HTML-escaped text with the matched words in <mark>. Without q,"
              + " nothing is found. Pages go "
              + CairnSearch.WINDOW
              + " hits deep.")
  @GetMapping("/api/v1/search")
  SearchResults.Response search(
      @Parameter(description = "Words to find; + - \" * | ( ) work as in a simple query string")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "project, proposal, document, lesson, status-report or raid")
          @RequestParam(required = false)
          String kind,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Long projectId,
      @RequestParam(required = false) Long departmentId,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return search
        .find(
            new SearchRequest(q, kind, type, year, projectId, departmentId),
            paging.request(),
            viewer)
        .response();
  }
}
