package org.cairnpmo.resources.web;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.domain.Notices;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notices, newest first, and "mark all read". */
@Controller
record NoticePageController(Notices notices) {

  private static final int PAGE_SIZE = 50;

  @GetMapping("/resources/notices")
  String list(@RequestParam(defaultValue = "0") int page, CurrentUser me, Model model) {
    Page<NoticeView> found = notices.mine(false, Math.max(page, 0), PAGE_SIZE, me);
    model.addAttribute("notices", found);
    model.addAttribute("pageNav", PageNav.of(found, PageNav.link("/resources/notices")));
    model.addAttribute(
        "newestUnread",
        found.getContent().stream()
            .filter(n -> !n.read())
            .mapToLong(NoticeView::id)
            .max()
            .orElse(0));
    return "resources/notices";
  }

  @PostMapping("/resources/notices/read")
  String read(
      @RequestParam(required = false) Long upTo, CurrentUser me, RedirectAttributes redirect) {
    int marked = notices.markRead(upTo, me);
    redirect.addFlashAttribute(
        "flash", marked == 1 ? "1 notice marked read." : marked + " notices marked read.");
    return "redirect:/resources/notices";
  }
}
