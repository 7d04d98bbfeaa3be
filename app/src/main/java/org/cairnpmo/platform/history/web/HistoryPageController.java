package org.cairnpmo.platform.history.web;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.history.ChangeSet;
import org.cairnpmo.platform.history.HistoryViews;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole history of one record, page by page, behind the "all changes" link of its page. */
@Controller
@RequiredArgsConstructor
class HistoryPageController {

  private static final int PAGE_SIZE = 20;

  private final HistoryViews history;

  @GetMapping("/history/{kind}/{id}")
  String history(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Page<ChangeSet> changes = Paging.showing(page, PAGE_SIZE, p -> history.of(kind, id, p));
    model.addAttribute("kind", kind);
    model.addAttribute("recordId", id);
    model.addAttribute("history", changes);
    model.addAttribute("nav", PageNav.of(changes, PageNav.link("/history/" + kind + "/" + id)));
    return "history/record";
  }
}
