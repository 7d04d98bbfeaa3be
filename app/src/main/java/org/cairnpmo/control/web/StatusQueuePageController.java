package org.cairnpmo.control.web;

import java.util.List;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.OverdueReport;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The status of reporting across projects: the overview, overdue reports and the review queue. */
@Controller
record StatusQueuePageController(StatusReportService reports, OverdueReports dueReports) {

  /** The oldest submitted reports listed on the status overview; the count says how many wait. */
  static final int AWAITING_SHOWN = 25;

  @GetMapping("/status")
  String overview(CurrentUser viewer, Model model) {
    List<OverdueReport> overdue = dueReports.overdue(viewer, null);
    model.addAttribute("awaiting", reports.awaitingReview(viewer, AWAITING_SHOWN));
    model.addAttribute("awaitingCount", reports.awaitingReviewCount(viewer));
    model.addAttribute("overdue", overdue.stream().limit(10).toList());
    model.addAttribute("overdueCount", overdue.size());
    model.addAttribute("mine", dueReports.currentPeriods(viewer));
    model.addAttribute(
        "myOverdue", overdue.stream().filter(o -> o.isManagedBy(viewer.id())).toList());
    model.addAttribute("reviewer", ControlAccess.mayReview(viewer));
    model.addAttribute("portfolio", ControlAccess.seesPortfolio(viewer));
    return "control/overview";
  }

  /** Overdue reports are listed 50 to a page: across thousands of projects there can be many. */
  static final int OVERDUE_PAGE_SIZE = 50;

  @GetMapping("/status/overdue")
  String overdue(
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      CurrentUser viewer,
      Model model) {
    org.springframework.data.domain.Page<OverdueReport> found =
        Paging.showing(
            page,
            OVERDUE_PAGE_SIZE,
            p ->
                dueReports.overduePage(
                    viewer, mine ? viewer.id() : null, p.getPageNumber(), p.getPageSize()));
    model.addAttribute("overdue", found.getContent());
    model.addAttribute("pageNav", PageNav.of(found, PageNav.link("/status/overdue", "mine", mine)));
    model.addAttribute("results", found);
    model.addAttribute("mine", mine);
    return "control/overdue";
  }

  /** Every report waiting for review, 50 to a page, oldest first: the overview shows only 25. */
  @GetMapping("/status/awaiting")
  String awaiting(@RequestParam(defaultValue = "0") int page, CurrentUser viewer, Model model) {
    ControlAccess.requireReviewer(viewer);
    org.springframework.data.domain.Page<StatusReportView> found =
        Paging.showing(
            page,
            OVERDUE_PAGE_SIZE,
            p -> reports.awaitingReview(viewer, p.getPageNumber(), p.getPageSize()));
    model.addAttribute("awaiting", found.getContent());
    model.addAttribute("pageNav", PageNav.of(found, PageNav.link("/status/awaiting")));
    model.addAttribute("results", found);
    return "control/awaiting";
  }
}
