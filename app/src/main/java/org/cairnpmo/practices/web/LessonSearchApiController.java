package org.cairnpmo.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.search.SearchIndex;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.domain.LessonFilter;
import org.cairnpmo.practices.domain.LessonResults;
import org.cairnpmo.practices.domain.LessonService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The full-text search of lessons, and the rebuild of the search index. */
@Tag(name = LessonApiController.TAG, description = LessonApiController.ABOUT)
@RestController
record LessonSearchApiController(LessonService lessons, SearchIndex searchIndex) {

  @Operation(
      summary = "Full-text search of lessons, with highlighted snippets and facet counts",
      description =
          "Every word of q must match (a near spelling counts), ranked by BM25 with the title and"
              + " tags weighing more; without q, newest first. Facet counts (category, phase, tag,"
              + " department) are over every hit, and only over lessons of projects the caller"
              + " may see. Snippets are HTML-escaped text with the matched words in <mark>. Pages"
              + " go "
              + LessonService.SEARCH_WINDOW
              + " lessons deep.")
  @GetMapping(LessonApiController.BASE + "/search")
  LessonResults.Response search(
      @Parameter(description = "Words to find; + - \" * | ( ) work as in a simple query string")
          @RequestParam(required = false)
          String q,
      @RequestParam(required = false) LessonCategory category,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Long departmentId,
      @RequestParam(required = false) LessonStatus status,
      @RequestParam(required = false) Boolean positive,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return lessons
        .find(
            new LessonFilter(category, phase, tag, departmentId, q, status, positive),
            paging.request(),
            viewer)
        .response();
  }

  @Operation(
      summary = "Rebuild the full-text search index from the database",
      description =
          "Administrators and the PMO. Needed only after rows were written outside Cairn (a"
              + " restored database, SQL); Cairn indexes its own changes as they happen and an"
              + " empty index at start.")
  @PostMapping("/api/v1/search-index/rebuild")
  ResponseEntity<Map<String, Object>> rebuild(CurrentUser by) {
    LessonSearchController.requireRebuilder(by);
    return ResponseEntity.ok(Map.of("rebuilt", searchIndex.rebuild()));
  }
}
