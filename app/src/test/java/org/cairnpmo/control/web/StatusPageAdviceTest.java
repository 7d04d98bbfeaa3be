package org.cairnpmo.control.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusPageAdviceTest {

  @Test
  void a_broken_rule_leads_back_to_the_status_page_of_the_project_or_the_overview() {
    assertThat(StatusPageAdvice.statusPage("/projects/7/status")).isEqualTo("/projects/7/status");
    assertThat(StatusPageAdvice.statusPage("/projects/7/status/reports/3/edit"))
        .isEqualTo("/projects/7/status");
    assertThat(StatusPageAdvice.statusPage("/projects/7/milestones"))
        .isEqualTo("/projects/7/status");
    assertThat(StatusPageAdvice.statusPage("/projects/7/milestones/3/complete"))
        .isEqualTo("/projects/7/status");
    assertThat(StatusPageAdvice.statusPage("/status/rules/4")).isEqualTo("/status");
    assertThat(StatusPageAdvice.statusPage("/status")).isEqualTo("/status");
  }
}
