package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RagTrendTest {

  @Test
  void a_rating_that_gets_better_improves_and_one_that_gets_worse_worsens() {
    assertThat(Trend.between(Rag.RED, Rag.AMBER)).isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(Rag.AMBER, Rag.GREEN)).isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(Rag.RED, Rag.GREEN)).isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(Rag.GREEN, Rag.AMBER)).isEqualTo(Trend.WORSENING);
    assertThat(Trend.between(Rag.GREEN, Rag.RED)).isEqualTo(Trend.WORSENING);
    assertThat(Trend.between(Rag.AMBER, Rag.AMBER)).isEqualTo(Trend.STABLE);
  }

  @Test
  void the_first_report_or_a_missing_rating_has_no_trend() {
    assertThat(Trend.between(null, Rag.GREEN)).isEqualTo(Trend.NEW);
    assertThat(Trend.between(Rag.GREEN, null)).isEqualTo(Trend.NEW);
  }

  @Test
  void the_worst_of_two_ratings_ignores_a_missing_one() {
    assertThat(Rag.worst(Rag.GREEN, Rag.RED)).isEqualTo(Rag.RED);
    assertThat(Rag.worst(Rag.AMBER, Rag.GREEN)).isEqualTo(Rag.AMBER);
    assertThat(Rag.worst(null, Rag.AMBER)).isEqualTo(Rag.AMBER);
    assertThat(Rag.worst(Rag.AMBER, null)).isEqualTo(Rag.AMBER);
  }
}
