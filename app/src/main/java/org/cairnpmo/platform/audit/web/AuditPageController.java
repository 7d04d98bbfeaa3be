package org.cairnpmo.platform.audit.web;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.audit.AuditEntry;
import org.cairnpmo.platform.audit.AuditFilter;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' audit log page (under {@code /admin}, which only administrators reach), its
 * filters and its CSV export of what the filters find.
 */
@Controller
@RequiredArgsConstructor
class AuditPageController {

  static final int PAGE_SIZE = 50;

  /** The newest entries a CSV export carries; narrow the filters for older ones. */
  static final int CSV_ROWS = 10_000;

  private final AuditLog audit;

  @GetMapping("/admin/audit")
  String list(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    AuditQuery query = new AuditQuery(who, kind, from, to);
    AuditFilter filter;
    try {
      filter = query.filter();
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      filter = AuditFilter.any();
    }
    AuditFilter chosen = filter;
    Page<AuditEntry> entries = Paging.showing(page, PAGE_SIZE, p -> audit.search(chosen, p));
    model.addAttribute("entries", entries);
    model.addAttribute("query", query);
    model.addAttribute("kinds", AuditKind.values());
    model.addAttribute(
        "nav",
        PageNav.of(
            entries,
            PageNav.link("/admin/audit", "who", who, "kind", kind, "from", from, "to", to)));
    return "admin/audit";
  }

  @GetMapping("/admin/audit/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    AuditFilter filter = new AuditQuery(who, kind, from, to).filter();
    return Attachments.uncached(
        AuditCsv.of(audit.search(filter, PageRequest.of(0, CSV_ROWS)).getContent()),
        MediaType.parseMediaType("text/csv;charset=UTF-8"),
        "audit-log.csv");
  }
}
