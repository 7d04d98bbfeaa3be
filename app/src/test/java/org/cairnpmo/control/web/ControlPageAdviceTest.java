package org.cairnpmo.control.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlPageAdviceTest {

  @Test
  void a_broken_rule_leads_back_to_the_status_page_of_the_project_or_the_overview() {
    assertThat(ControlPageAdvice.sectionPage("/projects/7/status")).isEqualTo("/projects/7/status");
    assertThat(ControlPageAdvice.sectionPage("/projects/7/status/reports/3/edit"))
        .isEqualTo("/projects/7/status");
    assertThat(ControlPageAdvice.sectionPage("/projects/7/milestones"))
        .isEqualTo("/projects/7/status");
    assertThat(ControlPageAdvice.sectionPage("/projects/7/milestones/3/complete"))
        .isEqualTo("/projects/7/status");
    assertThat(ControlPageAdvice.sectionPage("/status/rules/4")).isEqualTo("/status");
    assertThat(ControlPageAdvice.sectionPage("/status")).isEqualTo("/status");
  }

  @Test
  void a_broken_rule_in_the_raid_log_leads_back_to_the_log() {
    assertThat(ControlPageAdvice.sectionPage("/projects/7/raid/risks/3/occurred"))
        .isEqualTo("/projects/7/raid");
    assertThat(ControlPageAdvice.sectionPage("/projects/7/raid")).isEqualTo("/projects/7/raid");
    assertThat(ControlPageAdvice.sectionPage("/raid")).isEqualTo("/raid");
  }
}
