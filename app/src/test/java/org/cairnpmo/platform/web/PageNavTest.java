package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageNavTest {

  @Test
  void a_page_link_keeps_the_query_and_leaves_out_what_has_no_value() {
    var link = PageNav.link("/portfolio", "q", "R&D plan", "status", null, "mine", false);

    assertThat(link.apply(2)).isEqualTo("/portfolio?q=R%26D%20plan&page=2");
    assertThat(PageNav.link("/status/overdue", "mine", true).apply(0))
        .isEqualTo("/status/overdue?mine=true&page=0");
  }

  @Test
  void the_links_of_a_page_are_the_shared_page_numbers() {
    var page = new PageImpl<>(List.of("x"), PageRequest.of(4, 1), 10);
    PageNav nav = PageNav.of(page, PageNav.link("/admin/users"));

    assertThat(nav.pages()).containsExactly(0, -1, 2, 3, 4, 5, 6, -1, 9);
    assertThat(nav.hasPrevious()).isTrue();
    assertThat(nav.hasNext()).isTrue();
    assertThat(nav.url(5)).isEqualTo("/admin/users?page=5");
    assertThat(new PageNav(0, 1, n -> "/").hasNext()).isFalse();
  }
}
