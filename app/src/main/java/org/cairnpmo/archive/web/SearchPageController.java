package org.cairnpmo.archive.web;

import java.util.function.Function;
import org.cairnpmo.archive.search.CairnSearch;
import org.cairnpmo.archive.search.SearchRequest;
import org.cairnpmo.archive.search.SearchResults;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.SearchPages;
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
      request =
          new SearchRequest(
              q,
              kind,
              type,
              number(year, Integer::valueOf),
              number(project, Long::valueOf),
              number(department, Long::valueOf));
    } catch (InvalidInputException e) {
      // A hand-made address: say what is wrong and search for nothing rather than fail.
      problem = e.getMessage();
      request = SearchRequest.of(null);
    }
    SearchResults results = find(request, page, viewer);
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

  /** The page asked for, within the ranked window; a page past the end shows the last one. */
  private SearchResults find(SearchRequest request, String page, CurrentUser viewer) {
    Integer asked = number(page, Integer::valueOf);
    return SearchPages.showing(
        asked == null ? 0 : asked,
        PAGE_SIZE,
        CairnSearch.WINDOW,
        p -> search.find(request, p, viewer),
        SearchResults::page);
  }

  /** A number typed in the address; anything else is none. */
  private static <N> N number(String text, Function<String, N> parse) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
