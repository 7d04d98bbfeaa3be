package org.cairnpmo.archive.web;

import org.cairnpmo.archive.search.CairnSearch;
import org.cairnpmo.archive.search.SearchRequest;
import org.cairnpmo.archive.search.SearchResults;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, where the search box of every page leads. */
@Controller
class SearchPageController {

  static final int PAGE_SIZE = 20;

  private final CairnSearch search;

  SearchPageController(CairnSearch search) {
    this.search = search;
  }

  @GetMapping("/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String department,
      @RequestParam(defaultValue = "0") String page,
      Model model,
      CurrentUser viewer) {
    SearchRequest request;
    String problem = null;
    try {
      request = new SearchRequest(q, kind, type, number(year), longOf(project), longOf(department));
    } catch (InvalidInputException e) {
      // A hand-made address: say what is wrong and search for nothing rather than fail.
      problem = e.getMessage();
      request = SearchRequest.of(null);
    }
    int deepest = CairnSearch.WINDOW / PAGE_SIZE - 1;
    Integer asked = number(page);
    int pageNumber = Math.min(Math.max(asked == null ? 0 : asked, 0), deepest);
    SearchResults results = search.find(request, Paging.request(pageNumber, PAGE_SIZE), viewer);
    if (results.page().getTotalPages() > 0 && pageNumber >= results.page().getTotalPages()) {
      results =
          search.find(
              request,
              Paging.request(Math.min(results.page().getTotalPages() - 1, deepest), PAGE_SIZE),
              viewer);
    }
    model.addAttribute("request", request);
    model.addAttribute("problem", problem);
    model.addAttribute("hits", results.page());
    model.addAttribute("facets", results.facets());
    model.addAttribute(
        "pageNav",
        PageNav.of(
            results.page(),
            PageNav.link(
                "/search",
                "q",
                request.q(),
                "kind",
                request.kind(),
                "type",
                request.type(),
                "year",
                request.year(),
                "project",
                request.projectId(),
                "department",
                request.departmentId())));
    return "archive/search";
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long longOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
